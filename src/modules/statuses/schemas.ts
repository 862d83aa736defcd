import { type Static, type TSchema, Type } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const CalendarDate = Nullable(Type.String({ format: 'date' }));

export const StatusStateSchema = Type.Union(
  ['active', 'expired', 'revoked', 'unknown'].map((state) => Type.Literal(state)),
  { description: 'unknown: the end of validity was never recorded, so the status does not count as held' },
);

export const KkkStatus = Type.Object({
  id: Type.Integer(),
  programme: Type.String({ description: "'kkk' for the national programme" }),
  round: Type.Object({ number: Type.Integer(), year: Nullable(Type.Integer()) }),
  cluster: Type.Object({ name: Type.String(), slug: Type.String(), url: Type.String({ format: 'uri' }) }),
  represented_by: Nullable(Type.String({ description: 'The organisation representing the cluster' })),
  document_number: Nullable(Type.String()),
  document_date: CalendarDate,
  valid_until: CalendarDate,
  state: StatusStateSchema,
  revoked_at: Nullable(Type.String({ format: 'date-time' })),
  revocation_reason: Nullable(Type.String()),
  certificate_url: Nullable(Type.String({ format: 'uri', description: 'null for a revoked status' })),
});

export const KkkRegistry = Type.Object({
  generated_at: Type.String({ format: 'date-time' }),
  scope: Type.Union([Type.Literal('all'), Type.Literal('active')]),
  rounds: Type.Array(
    Type.Object({
      round: Type.Object({ number: Type.Integer(), year: Nullable(Type.Integer()) }),
      statuses: Type.Array(KkkStatus),
    }),
  ),
});

export const RegistryQuery = Type.Object({
  scope: Type.Optional(
    Type.Union([Type.Literal('all'), Type.Literal('active')], {
      default: 'all',
      description: 'all: every status ever granted; active: those valid today (Europe/Warsaw)',
    }),
  ),
});
export type RegistryQuery = Static<typeof RegistryQuery>;

export const StatusParams = Type.Object({ statusId: Type.Integer({ minimum: 1 }) });
export type StatusParams = Static<typeof StatusParams>;

export const RevocationBody = Type.Object({
  reason: Type.String({ minLength: 10, maxLength: 2000, description: 'Shown on the verification page' }),
});
export type RevocationBody = Static<typeof RevocationBody>;
