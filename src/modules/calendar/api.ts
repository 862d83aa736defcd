import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { invalid, notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { can } from '../../policies/index.ts';
import { presentDetail, presentInstance } from './apiPresenters.ts';
import { eventCanceller } from './eventCanceller.ts';
import { eventEditor } from './eventEditor.ts';
import { eventModerator } from './eventModerator.ts';
import { eventProposer } from './eventProposer.ts';
import { eventUrl } from './eventRecords.ts';
import { parseFilters, rangeOrDefault } from './filters.ts';
import { parseCursor } from './listing.ts';
import { occurrencesIn, occurrencesOf } from './occurrences.ts';
import {
  changesOf,
  clusterNames,
  eventAccessOf,
  eventsOverlapping,
  findEvent,
  moderationQueue,
} from './queries.ts';
import {
  CancellationBody,
  CreatedEvent,
  EventBody,
  EventDetail,
  EventParams,
  EventsPage,
  EventsQuery,
  ModerationBody,
  QueueItem,
  TrustBody,
  TrustParams,
} from './schemas.ts';
import { trustGranter } from './trustGranter.ts';

const PAGE = 50;

export default async function calendarApi(app: FastifyInstance): Promise<void> {
  const baseUrl = app.config.baseUrl;

  app.get<{ Querystring: EventsQuery }>(
    '/api/v1/events',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['calendar'],
        summary: 'Event instances overlapping a date range',
        description:
          'Published events whose instances overlap the range (Warsaw days, both included), recurring ones ' +
          'expanded inside it, by start. Cancelled instances are listed with cancelled: true. Paginated by ' +
          'a keyset cursor (next_page).',
        querystring: EventsQuery,
        response: { 200: EventsPage, ...apiErrors(400) },
      },
    },
    async (request) => {
      const parsed = parseFilters(request.query);
      const cursor = parseCursor(request.query.page);
      if (cursor === 'invalid') throw invalid({ page: 'calendar.error.page' }, 'calendar.error.summary');
      const range = rangeOrDefault(parsed, app.clock.now());
      const { events, changes } = await eventsOverlapping(app.db, range, parsed.filters);
      const all = occurrencesIn(events, changes, range).filter(
        (item) =>
          !cursor || (item.startsAt.localeCompare(cursor.startsAt) || item.event.id - cursor.eventId) > 0,
      );
      const items = all.slice(0, PAGE);
      const clusters = await clusterNames(
        app.db,
        items.flatMap((item) => item.event.organiserClusterId ?? []),
      );
      const last = items[items.length - 1];
      return {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        items: items.map((item) => presentInstance(item, request.locale, clusters, baseUrl)),
        next_page: all.length > PAGE && last ? `${last.startsAt}_${last.event.id}` : null,
      };
    },
  );

  app.get<{ Params: EventParams }>(
    '/api/v1/events/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'One event with all its instances',
        description: 'Published events for everyone; a proposal only for its proposer and moderators.',
        params: EventParams,
        response: { 200: EventDetail, ...apiErrors(400, 404) },
      },
    },
    async (request) => {
      const event = await findEvent(app.db, request.params.id);
      if (
        !event ||
        !can(request.actor, 'calendar.event.view', await eventAccessOf(app.db, request.actor, event))
      )
        throw notFound('calendar.notFound');
      const occurrences = occurrencesOf(event, await changesOf(app.db, [event.id]));
      return presentDetail(event, occurrences, baseUrl);
    },
  );

  app.post<{ Body: EventBody }>(
    '/api/v1/events',
    {
      config: { access: 'calendar.event.propose' },
      schema: {
        tags: ['calendar'],
        summary: 'Propose an event',
        description:
          'Waits for moderation, unless the caller is a moderator or on the team of a cluster allowed to ' +
          'publish without review (for that cluster’s events). Times are Warsaw wall-clock times.',
        security: [{ bearerAuth: [] }],
        body: EventBody,
        response: { 201: CreatedEvent, ...apiErrors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const created = await runCommand(request, eventProposer, request.body);
      app.pageCache.clear();
      return reply.code(201).send({ ...created, url: `${baseUrl}${eventUrl(created.id)}` });
    },
  );

  app.put<{ Params: EventParams; Body: EventBody }>(
    '/api/v1/events/:id',
    {
      config: { access: 'calendar.event.edit' },
      schema: {
        tags: ['calendar'],
        summary: 'Change an event',
        description:
          'A proposal goes back to the moderation queue; a published event stays published, its former ' +
          'version kept in its history and its SEQUENCE raised.',
        security: [{ bearerAuth: [] }],
        params: EventParams,
        body: EventBody,
        response: { 200: Type.Object({ state: Type.String() }), ...apiErrors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const result = await runCommand(request, eventEditor, {
        eventId: request.params.id,
        fields: request.body,
      });
      app.pageCache.clear();
      return result;
    },
  );

  app.post<{ Params: EventParams; Body: CancellationBody }>(
    '/api/v1/events/:id/cancellation',
    {
      config: { access: 'calendar.event.cancel' },
      schema: {
        tags: ['calendar'],
        summary: 'Cancel a published event or one instance of a series',
        description: 'The event stays listed, marked cancelled (STATUS:CANCELLED in feeds). Audited.',
        security: [{ bearerAuth: [] }],
        params: EventParams,
        body: CancellationBody,
        response: { 204: { type: 'null', description: 'Cancelled' }, ...apiErrors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await runCommand(request, eventCanceller, {
        eventId: request.params.id,
        instance: request.body?.instance ?? null,
      });
      app.pageCache.clear();
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/events/moderation-queue',
    {
      config: { access: 'calendar.event.moderate' },
      schema: {
        tags: ['calendar'],
        summary: 'Proposals awaiting moderation, oldest first (moderators)',
        security: [{ bearerAuth: [] }],
        response: { 200: Type.Object({ items: Type.Array(QueueItem) }), ...apiErrors(401, 403) },
      },
    },
    async () => ({
      items: (await moderationQueue(app.db)).map((event) => ({
        id: event.id,
        title_pl: event.titlePl,
        submitted_at: new Date(event.submittedAt ?? event.createdAt).toISOString(),
        starts_at: new Date(event.startsAt).toISOString(),
      })),
    }),
  );

  app.post<{ Params: EventParams; Body: ModerationBody }>(
    '/api/v1/events/:id/moderation',
    {
      config: { access: 'calendar.event.moderate' },
      schema: {
        tags: ['calendar'],
        summary: 'Publish, return or reject a proposal (moderators)',
        description: 'The proposer is mailed the decision in their language. Audited.',
        security: [{ bearerAuth: [] }],
        params: EventParams,
        body: ModerationBody,
        response: { 204: { type: 'null', description: 'Decided' }, ...apiErrors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await runCommand(request, eventModerator, {
        eventId: request.params.id,
        decision: request.body.decision,
        comment: request.body.comment ?? '',
      });
      app.pageCache.clear();
      return reply.code(204).send();
    },
  );

  app.put<{ Params: TrustParams; Body: TrustBody }>(
    '/api/v1/calendar/trusted-clusters/:clusterId',
    {
      config: { access: 'calendar.trust.manage' },
      schema: {
        tags: ['calendar'],
        summary: 'Let a cluster’s team publish its events without review, or stop it (operators)',
        security: [{ bearerAuth: [] }],
        params: TrustParams,
        body: TrustBody,
        response: { 204: { type: 'null', description: 'Saved' }, ...apiErrors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await runCommand(request, trustGranter, {
        clusterId: request.params.clusterId,
        trusted: request.body.trusted,
      });
      return reply.code(204).send();
    },
  );
}
