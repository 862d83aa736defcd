import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, invalid, notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import { can } from '../../policies/index.ts';
import { VOIVODESHIPS } from '../registry/voivodeships.ts';
import { CATEGORIES, LANGUAGES } from './categories.ts';
import { eventCanceller } from './eventCanceller.ts';
import { eventEditor } from './eventEditor.ts';
import type { EventFields } from './eventInput.ts';
import { DECISIONS, type Decision, eventModerator } from './eventModerator.ts';
import { eventProposer } from './eventProposer.ts';
import { subscribeLinks } from './feedLinks.ts';
import { type FilterQuery, parseFilters, queryString } from './filters.ts';
import { formFromEvent } from './formValues.ts';
import { listPage, parseCursor } from './listing.ts';
import { monthGrid, monthRange, parseMonth } from './month.ts';
import { occurrencesOf } from './occurrences.ts';
import { eventPageView, occurrenceView, titleOf, whenText } from './presenters.ts';
import {
  changesOf,
  clusterNames,
  eventAccessOf,
  eventsOverlapping,
  findEvent,
  moderationQueue,
  revisionsOf,
} from './queries.ts';
import { WEEKDAYS } from './recurrence.ts';

const VIEWS = 'modules/calendar/views';
type ListQuery = FilterQuery & { past?: string; page?: string; month?: string };

/** The choices every filter form and the proposal form offer. */
function choices(request: FastifyRequest) {
  const t = request.t;
  return {
    categories: CATEGORIES.map((value) => ({ value, label: t(`calendar.category.${value}`) })),
    voivodeships: Object.entries(VOIVODESHIPS).map(([value, names]) => ({
      value,
      label: names[request.locale],
    })),
    languages: LANGUAGES.map((value) => ({ value, label: t(`calendar.language.${value}`) })),
    weekdays: WEEKDAYS.map((value) => ({ value, label: t(`calendar.weekday.${value}`) })),
  };
}

export default async function calendarPages(app: FastifyInstance): Promise<void> {
  const publicPage = { schema: { hide: true }, config: { pageCache: true, access: 'public' } } as const;
  const baseUrl = app.config.baseUrl;

  /** Reads the filters; bad ones re-render the view with field messages (400) and no results. */
  const filtersOr400 = (request: FastifyRequest<{ Querystring: ListQuery }>) => {
    try {
      return { parsed: parseFilters(request.query), errors: {} as Record<string, string> };
    } catch (error) {
      return { parsed: null, errors: errorSummaryOf(error, request.t).errors };
    }
  };

  const filterView = async (request: FastifyRequest<{ Querystring: ListQuery }>) => ({
    values: request.query,
    clusters: [...(await clusterNames(app.db)).entries()].map(([id, cluster]) => ({
      value: String(id),
      label: cluster.name,
    })),
    ...choices(request),
  });

  app.get<{ Querystring: ListQuery }>('/kalendarz', publicPage, async (request, reply) => {
    const { parsed, errors } = filtersOr400(request);
    const past = request.query.past === '1';
    const cursor = parseCursor(request.query.page);
    if (cursor === 'invalid') errors.page = request.t('calendar.error.page');
    let items: ReturnType<typeof occurrenceView>[] = [];
    let next: string | null = null;
    if (parsed && cursor !== 'invalid') {
      const page = await listPage(app.db, {
        now: app.clock.now(),
        past,
        range: parsed.range,
        filters: parsed.filters,
        cursor,
      });
      const clusters = await clusterNames(
        app.db,
        page.items.flatMap((item) => item.event.organiserClusterId ?? []),
      );
      items = page.items.map((item) => occurrenceView(item, request.locale, clusters));
      next = page.next;
    }
    const query = parsed?.query ?? {};
    const feed = `/kalendarz.ics${queryString(query)}`;
    if (Object.keys(errors).length > 0) reply.code(400);
    return reply.page(
      `${VIEWS}/list`,
      {
        items,
        past,
        errors,
        filter: await filterView(request),
        nextHref: next
          ? `/kalendarz${queryString({ ...query, past: past ? '1' : undefined, page: next })}`
          : null,
        switchHref: `/kalendarz${queryString({ ...query, past: past ? undefined : '1' })}`,
        monthHref: `/kalendarz/miesiac${queryString(query)}`,
        subscribe: subscribeLinks(baseUrl, feed, request.t('calendar.title')),
        canPropose: can(request.actor, 'calendar.event.propose'),
      },
      { title: request.t('calendar.title'), section: 'calendar' },
    );
  });

  app.get<{ Querystring: ListQuery }>('/kalendarz/miesiac', publicPage, async (request, reply) => {
    const { parsed, errors } = filtersOr400(request);
    let month = parseMonth(undefined, app.clock.now());
    try {
      month = parseMonth(request.query.month, app.clock.now());
    } catch (error) {
      Object.assign(errors, errorSummaryOf(error, request.t).errors);
    }
    let views: ReturnType<typeof occurrenceView>[] = [];
    if (parsed && Object.keys(errors).length === 0) {
      const range = monthRange(month);
      const { events, changes } = await eventsOverlapping(app.db, range, parsed.filters);
      const { occurrencesIn } = await import('./occurrences.ts');
      const found = occurrencesIn(events, changes, range);
      const clusters = await clusterNames(
        app.db,
        found.flatMap((item) => item.event.organiserClusterId ?? []),
      );
      views = found.map((item) => occurrenceView(item, request.locale, clusters));
    }
    const query = parsed?.query ?? {};
    const grid = monthGrid(month, views, request.locale, app.clock.now());
    if (Object.keys(errors).length > 0) reply.code(400);
    return reply.page(
      `${VIEWS}/month`,
      {
        grid,
        errors,
        filter: await filterView(request),
        previousHref: `/kalendarz/miesiac${queryString({ ...query, month: grid.previous })}`,
        nextHref: `/kalendarz/miesiac${queryString({ ...query, month: grid.next })}`,
        listHref: `/kalendarz${queryString(query)}`,
        subscribe: subscribeLinks(
          baseUrl,
          `/kalendarz.ics${queryString(query)}`,
          request.t('calendar.title'),
        ),
      },
      { title: `${request.t('calendar.title')}: ${grid.title}`, section: 'calendar' },
    );
  });

  const loadVisible = async (request: FastifyRequest, id: string) => {
    const event = await findEvent(app.db, Number(id));
    if (!event) throw notFound('calendar.notFound');
    const access = await eventAccessOf(app.db, request.actor, event);
    if (!can(request.actor, 'calendar.event.view', access)) throw notFound('calendar.notFound');
    return { event, access };
  };

  app.get<{ Params: { id: string } }>(
    '/kalendarz/wydarzenia/:id(^\\d{1,9}$)',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const { event, access } = await loadVisible(request, request.params.id);
      const occurrences = occurrencesOf(event, await changesOf(app.db, [event.id]));
      const clusters = await clusterNames(app.db, event.organiserClusterId ? [event.organiserClusterId] : []);
      const view = eventPageView(event, occurrences, request.locale, clusters);
      const feed = `/kalendarz/wydarzenia/${event.id}.ics`;
      return reply.page(
        `${VIEWS}/event`,
        {
          event: view,
          history: (await revisionsOf(app.db, event.id)).map((revision) => ({
            sequence: revision.sequence,
            changedAt: revision.changedAt,
          })),
          subscribe: subscribeLinks(baseUrl, feed, view.title),
          canEdit: can(request.actor, 'calendar.event.edit', access),
          canCancel: can(request.actor, 'calendar.event.cancel', access) && event.cancelled === 0,
          csrf: request.actor ? reply.csrfToken() : '',
        },
        { title: view.title, section: 'calendar' },
      );
    },
  );

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { action: string; heading: string; values: EventFields; errors: Record<string, string> },
  ) =>
    reply.page(
      `${VIEWS}/form`,
      {
        ...props,
        ...choices(request),
        clusters: [...(await clusterNames(app.db)).entries()].map(([id, cluster]) => ({
          value: String(id),
          label: cluster.name,
        })),
        csrf: reply.csrfToken(),
      },
      { title: props.heading, section: 'calendar' },
    );

  const proposeOptions = { schema: { hide: true }, config: { access: 'calendar.event.propose' } } as const;
  app.get('/kalendarz/zglos', proposeOptions, (request, reply) =>
    formPage(request, reply, {
      action: '/kalendarz/zglos',
      heading: request.t('calendar.form.title'),
      values: { languages: ['pl'], organiser_kind: 'text', recurrence_freq: 'NONE' },
      errors: {},
    }),
  );
  app.post<{ Body: EventFields }>('/kalendarz/zglos', proposeOptions, async (request, reply) => {
    const fields = request.body ?? {};
    try {
      const { id } = await runCommand(request, eventProposer, fields);
      app.pageCache.clear();
      return reply.redirect(`/kalendarz/wydarzenia/${id}`, 303);
    } catch (error) {
      const summary = errorSummaryOf(error, request.t);
      return formPage(request, reply.code(summary.status), {
        action: '/kalendarz/zglos',
        heading: request.t('calendar.form.title'),
        values: fields,
        errors: summary.errors,
      });
    }
  });

  const editOptions = { schema: { hide: true }, config: { access: 'calendar.event.edit' } } as const;
  const editRoute = '/kalendarz/wydarzenia/:id(^\\d{1,9}$)/edycja';
  app.get<{ Params: { id: string } }>(editRoute, editOptions, async (request, reply) => {
    const { event, access } = await loadVisible(request, request.params.id);
    if (!can(request.actor, 'calendar.event.edit', access))
      throw new DomainError('forbidden', 'forbidden', 'auth.forbidden');
    return formPage(request, reply, {
      action: `/kalendarz/wydarzenia/${event.id}/edycja`,
      heading: request.t('calendar.form.editTitle'),
      values: formFromEvent(event),
      errors: {},
    });
  });
  app.post<{ Params: { id: string }; Body: EventFields }>(editRoute, editOptions, async (request, reply) => {
    const fields = request.body ?? {};
    const id = Number(request.params.id);
    try {
      await runCommand(request, eventEditor, { eventId: id, fields });
      app.pageCache.clear();
      return reply.redirect(`/kalendarz/wydarzenia/${id}`, 303);
    } catch (error) {
      const summary = errorSummaryOf(error, request.t);
      if (summary.status !== 400) throw error;
      return formPage(request, reply.code(400), {
        action: `/kalendarz/wydarzenia/${id}/edycja`,
        heading: request.t('calendar.form.editTitle'),
        values: fields,
        errors: summary.errors,
      });
    }
  });

  app.post<{ Params: { id: string }; Body: { instance?: string } }>(
    '/kalendarz/wydarzenia/:id(^\\d{1,9}$)/odwolanie',
    { schema: { hide: true }, config: { access: 'calendar.event.cancel' } },
    async (request, reply) => {
      const id = Number(request.params.id);
      await runCommand(request, eventCanceller, { eventId: id, instance: request.body?.instance || null });
      app.pageCache.clear();
      return reply.redirect(`/kalendarz/wydarzenia/${id}`, 303);
    },
  );

  const moderateOptions = { schema: { hide: true }, config: { access: 'calendar.event.moderate' } } as const;
  const queuePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: Record<string, string>,
    values: { eventId?: number; comment?: string },
  ) => {
    const queue = await moderationQueue(app.db);
    const clusters = await clusterNames(
      app.db,
      queue.flatMap((event) => event.organiserClusterId ?? []),
    );
    return reply.page(
      `${VIEWS}/moderation`,
      {
        queue: queue.map((event) => ({
          id: event.id,
          title: titleOf(event, request.locale),
          when: whenText(event.startsAt, event.endsAt, event.allDay === 1, request.locale),
          submittedAt: event.submittedAt ?? event.createdAt,
          view: eventPageView(event, [], request.locale, clusters),
        })),
        errors,
        values,
        csrf: reply.csrfToken(),
      },
      { title: request.t('calendar.moderation.title'), section: 'calendar-moderation' },
    );
  };
  app.get('/kalendarz/moderacja', moderateOptions, (request, reply) => queuePage(request, reply, {}, {}));
  app.post<{ Params: { id: string }; Body: { decision?: string; comment?: string } }>(
    '/kalendarz/wydarzenia/:id(^\\d{1,9}$)/moderacja',
    moderateOptions,
    async (request, reply) => {
      const eventId = Number(request.params.id);
      const decision = String(request.body?.decision ?? '');
      const comment = String(request.body?.comment ?? '');
      try {
        if (!(DECISIONS as readonly string[]).includes(decision))
          throw invalid({ decision: 'calendar.error.choose' }, 'calendar.error.summary');
        await runCommand(request, eventModerator, { eventId, decision: decision as Decision, comment });
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        const errors = Object.fromEntries(
          Object.entries(summary.errors).map(([name, message]) => [`${name}-${eventId}`, message]),
        );
        if (Object.keys(errors).length === 0) errors[`decision-${eventId}`] = summary.refusal;
        return queuePage(request, reply.code(summary.status), errors, { eventId, comment });
      }
      app.pageCache.clear();
      return reply.redirect('/kalendarz/moderacja', 303);
    },
  );
}
