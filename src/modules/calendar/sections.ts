import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Locale } from '../../platform/time.ts';
import type { Translate } from '../../ui/i18n/messages.ts';
import { removeDocument } from '../search/documents.ts';
import { EVENT_DOCUMENT, indexEvent } from './eventRecords.ts';
import { listPage } from './listing.ts';
import { occurrenceView } from './presenters.ts';
import { clusterNames } from './queries.ts';

const HOME_COUNT = 5;

/** The next few instances for the home page card, in both languages (the card picks its own). */
export async function upcomingForHome(db: Kysely<Database>): Promise<Record<string, unknown>> {
  const { items } = await listPage(db, {
    now: systemClock.now(),
    past: false,
    range: { from: null, to: null },
    filters: {},
    cursor: null,
    size: HOME_COUNT,
  });
  const clusters = await clusterNames(
    db,
    items.flatMap((item) => item.event.organiserClusterId ?? []),
  );
  return {
    events: {
      pl: items.map((item) => occurrenceView(item, 'pl', clusters)),
      en: items.map((item) => occurrenceView(item, 'en', clusters)),
    },
  };
}

/** The cluster's next events (and a link to all of them), for its profile; nothing when there are none. */
export async function clusterEventsSection(
  db: Kysely<Database>,
  cluster: { id: number; slug: string },
  context: { t: Translate; locale: Locale; now: Date },
) {
  const { items } = await listPage(db, {
    now: context.now,
    past: false,
    range: { from: null, to: null },
    filters: { clusterId: cluster.id },
    cursor: null,
    size: HOME_COUNT,
  });
  if (items.length === 0) return null;
  const clusters = await clusterNames(db, [cluster.id]);
  return {
    heading: context.t('calendar.profile.heading'),
    items: items.map((item) => {
      const view = occurrenceView(item, context.locale, clusters);
      return {
        href: view.href,
        label: view.title,
        meta: `${view.when}${view.cancelled ? ` — ${context.t('calendar.cancelled')}` : ''}`,
      };
    }),
    more: { href: `/kalendarz?cluster=${cluster.id}`, label: context.t('calendar.home.more') },
  };
}

/** Rebuilds every event's search documents (published ones in, others out). */
export async function eventReindexer(db: Kysely<Database>): Promise<number> {
  const events = await db.selectFrom('calendarEvents').selectAll().execute();
  await db.transaction().execute(async (trx) => {
    for (const event of events) {
      if (event.state === 'published') await indexEvent(trx, event);
      else await removeDocument(trx, EVENT_DOCUMENT, event.id);
    }
  });
  return events.filter((event) => event.state === 'published').length;
}
