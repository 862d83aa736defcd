import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { atomFeed } from './atom.ts';
import { eventUrl } from './eventRecords.ts';
import { type FilterQuery, parseFilters, rangeOrDefault } from './filters.ts';
import { feedEventsOf, icalendar } from './ical.ts';
import { occurrencesIn } from './occurrences.ts';
import { organiserName } from './presenters.ts';
import { changesOf, clusterNames, eventsOverlapping, findEvent, recentlyPublished } from './queries.ts';

/** Feeds are polled: let clients and proxies keep them a while and ask again with If-None-Match. */
function asFeed(reply: FastifyReply, type: string, filename: string): FastifyReply {
  return reply
    .type(type)
    .header('cache-control', 'public, max-age=300')
    .header('content-disposition', `inline; filename="${filename}"`);
}

const ICS = 'text/calendar; charset=utf-8';

export default async function calendarFeeds(app: FastifyInstance): Promise<void> {
  const baseUrl = app.config.baseUrl;
  const feedOptions = { schema: { hide: true }, config: { pageCache: true, access: 'public' } } as const;

  // Any filtered view as iCalendar: the same filters as the list (per category: ?category=…, per cluster: ?cluster=…).
  app.get<{ Querystring: FilterQuery }>('/kalendarz.ics', feedOptions, async (request, reply) => {
    const parsed = parseFilters(request.query);
    const range = rangeOrDefault(parsed, app.clock.now());
    const { events, changes } = await eventsOverlapping(app.db, range, parsed.filters);
    const occurrences = occurrencesIn(events, changes, range);
    const clusters = await clusterNames(
      app.db,
      events.flatMap((event) => event.organiserClusterId ?? []),
    );
    const body = icalendar({
      name: request.t('calendar.title'),
      events: feedEventsOf(
        occurrences,
        changes,
        (event) => organiserName(event, clusters),
        (event) => `${baseUrl}${eventUrl(event.id)}`,
      ),
    });
    return asFeed(reply, ICS, 'kalendarz.ics').send(body);
  });

  app.get<{ Params: { id: string } }>(
    '/kalendarz/wydarzenia/:id(^\\d{1,9}).ics',
    feedOptions,
    async (request, reply) => {
      const event = await findEvent(app.db, Number(request.params.id));
      // Only published events have a feed (a proposal is seen on its page by its proposer only).
      if (event?.state !== 'published') throw notFound('calendar.notFound');
      const clusters = await clusterNames(app.db, event.organiserClusterId ? [event.organiserClusterId] : []);
      const body = icalendar({
        name: event.titlePl,
        events: [
          {
            event,
            changes: await changesOf(app.db, [event.id]),
            organiser: organiserName(event, clusters),
            url: `${baseUrl}${eventUrl(event.id)}`,
          },
        ],
      });
      return asFeed(reply, ICS, `wydarzenie-${event.id}.ics`).send(body);
    },
  );

  app.get('/kalendarz/nowe.atom', feedOptions, async (request, reply) => {
    const events = await recentlyPublished(app.db, 50);
    const body = atomFeed({ events, baseUrl, locale: request.locale, t: request.t, now: app.clock.now() });
    return asFeed(reply, 'application/atom+xml; charset=utf-8', 'nowe.atom').send(body);
  });
}
