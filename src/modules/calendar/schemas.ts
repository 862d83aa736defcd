import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { CATEGORIES } from './categories.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (description?: string) =>
  Type.String({ maxLength: 20_000, ...(description ? { description } : {}) });

export const EventsQuery = Type.Object({
  from: Type.Optional(
    Type.String({ description: 'First day (Warsaw), YYYY-MM-DD or DD.MM.YYYY; default a month ago' }),
  ),
  to: Type.Optional(Type.String({ description: 'Last day, included; at most 366 days after from' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words, ignoring case and Polish letters' })),
  category: Type.Optional(Type.String({ description: CATEGORIES.join(', ') })),
  voivodeship: Type.Optional(Type.String({ description: 'TERYT code of the voivodeship, e.g. 22' })),
  cluster: Type.Optional(Type.String({ description: 'Organising cluster id' })),
  mode: Type.Optional(Type.String({ description: 'online or onsite' })),
  page: Type.Optional(Type.String({ description: 'next_page of the previous answer (a keyset cursor)' })),
});
export type EventsQuery = Static<typeof EventsQuery>;

const Place = Type.Object({
  address: Nullable(Type.String()),
  town: Nullable(Type.String()),
  voivodeship: Nullable(Type.String({ description: 'TERYT code' })),
  online_url: Nullable(Type.String()),
});

export const EventInstance = Type.Object({
  id: Type.Integer({ description: 'The event (series) id' }),
  url: Type.String({ format: 'uri' }),
  title: Type.String(),
  starts_at: Type.String({ format: 'date-time' }),
  ends_at: Type.String({
    format: 'date-time',
    description: 'Exclusive; all-day events end at the next midnight',
  }),
  original_start: Type.String({ format: 'date-time', description: 'RECURRENCE-ID of the instance' }),
  all_day: Type.Boolean(),
  cancelled: Type.Boolean(),
  moved: Type.Boolean(),
  category: Type.String(),
  place: Place,
  organiser: Nullable(Type.String()),
});

export const EventsPage = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  items: Type.Array(EventInstance),
  next_page: Nullable(Type.String()),
});

export const EventDetail = Type.Object({
  id: Type.Integer(),
  uid: Type.String(),
  url: Type.String({ format: 'uri' }),
  state: Type.String({ description: 'submitted, returned, published or rejected' }),
  title_pl: Type.String(),
  title_en: Nullable(Type.String()),
  description_pl: Type.String({ description: 'Markdown' }),
  description_en: Nullable(Type.String()),
  starts_at: Type.String({ format: 'date-time' }),
  ends_at: Type.String({ format: 'date-time' }),
  time_zone: Type.String(),
  all_day: Type.Boolean(),
  rrule: Nullable(Type.String()),
  instances: Type.Array(
    Type.Object({
      original_start: Type.String({ format: 'date-time' }),
      starts_at: Type.String({ format: 'date-time' }),
      ends_at: Type.String({ format: 'date-time' }),
      cancelled: Type.Boolean(),
      moved: Type.Boolean(),
    }),
  ),
  place: Place,
  organiser: Type.Object({
    kind: Type.String(),
    cluster_id: Nullable(Type.Integer()),
    name: Nullable(Type.String()),
  }),
  category: Type.String(),
  languages: Type.Array(Type.String()),
  cost: Nullable(Type.String({ description: 'null: free of charge' })),
  registration_url: Nullable(Type.String()),
  registration_deadline: Nullable(Type.String({ format: 'date-time' })),
  cancelled: Type.Boolean(),
  sequence: Type.Integer(),
  moderation_comment: Nullable(Type.String()),
  ical_url: Type.String({ format: 'uri' }),
});

const Flexible = Type.Union([Type.String(), Type.Integer()]);
export const EventBody = Type.Object(
  {
    title_pl: Type.String({ maxLength: 500 }),
    title_en: Type.Optional(Type.String({ maxLength: 500 })),
    description_pl: Text('Markdown; HTML is refused'),
    description_en: Type.Optional(Text()),
    all_day: Type.Optional(Type.Boolean()),
    start_date: Type.String({ description: 'YYYY-MM-DD or DD.MM.YYYY' }),
    start_time: Type.Optional(Type.String({ description: 'HH:MM, Warsaw time (not for all-day events)' })),
    end_date: Type.Optional(Type.String({ description: 'Default: start_date' })),
    end_time: Type.Optional(Type.String()),
    address: Type.Optional(Type.String()),
    town: Type.Optional(Type.String()),
    voivodeship: Type.Optional(Type.String({ description: 'TERYT code' })),
    online_url: Type.Optional(Type.String({ description: 'http(s)' })),
    organiser_kind: Type.Optional(Type.String({ description: 'cluster, institution or text' })),
    organiser_cluster_id: Type.Optional(Flexible),
    organiser_name: Type.Optional(Type.String()),
    category: Type.String({ description: CATEGORIES.join(', ') }),
    languages: Type.Array(Type.String(), { maxItems: 10 }),
    cost: Type.Optional(Type.String({ description: 'Empty or absent: free of charge' })),
    registration_url: Type.Optional(Type.String()),
    registration_deadline: Type.Optional(Type.String()),
    recurrence_freq: Type.Optional(Type.String({ description: 'DAILY, WEEKLY or MONTHLY' })),
    recurrence_interval: Type.Optional(Flexible),
    recurrence_count: Type.Optional(Flexible),
    recurrence_until: Type.Optional(Type.String({ description: 'Last day an instance may start on' })),
    recurrence_days: Type.Optional(Type.Array(Type.String(), { maxItems: 7, description: 'MO … SU' })),
  },
  { additionalProperties: false },
);
export type EventBody = Static<typeof EventBody>;

export const EventParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type EventParams = Static<typeof EventParams>;

export const ModerationBody = Type.Object({
  decision: Type.Union([Type.Literal('publish'), Type.Literal('return'), Type.Literal('reject')]),
  comment: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to return or reject' })),
});
export type ModerationBody = Static<typeof ModerationBody>;

export const CancellationBody = Type.Object({
  instance: Type.Optional(
    Type.String({
      format: 'date-time',
      description: 'original_start of one instance; absent: the whole event',
    }),
  ),
});
export type CancellationBody = Static<typeof CancellationBody>;

export const TrustParams = Type.Object({ clusterId: Type.Integer({ minimum: 1 }) });
export type TrustParams = Static<typeof TrustParams>;
export const TrustBody = Type.Object({ trusted: Type.Boolean() });
export type TrustBody = Static<typeof TrustBody>;

export const CreatedEvent = Type.Object({
  id: Type.Integer(),
  state: Type.String(),
  url: Type.String({ format: 'uri' }),
});
export const QueueItem = Type.Object({
  id: Type.Integer(),
  title_pl: Type.String(),
  submitted_at: Type.String({ format: 'date-time' }),
  starts_at: Type.String({ format: 'date-time' }),
});
