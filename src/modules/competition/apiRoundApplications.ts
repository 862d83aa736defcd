import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { notFound } from '../../platform/domainError.ts';
import { APPLICATION_STATES, type ApplicationState } from './applicationStates.ts';
import { roundById } from './queries.ts';
import { roundApplications } from './roundApplications.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Id = Type.Integer({ minimum: 1 });
const Instant = Type.String({ format: 'date-time' });
const State = Type.Union(APPLICATION_STATES.map((state) => Type.Literal(state)));

export const RoundApplicationsQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Union([State, Type.Array(State, { maxItems: APPLICATION_STATES.length })], {
        description: 'Only applications in this state; repeat the parameter for several (state=a&state=b)',
      }),
    ),
    page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
    per_page: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
type RoundApplicationsQuery = Static<typeof RoundApplicationsQuery>;

export const RoundApplicationPage = Type.Object(
  {
    round_id: Id,
    total: Type.Integer({ description: 'Applications matching the filter' }),
    page: Type.Integer(),
    per_page: Type.Integer(),
    by_state: Type.Record(Type.String(), Type.Integer(), {
      description: 'The whole round’s applications per state, whatever the filter',
    }),
    items: Type.Array(
      Type.Object({
        id: Id,
        cluster_id: Id,
        cluster_slug: Type.String(),
        cluster_name: Type.String(),
        kind: Type.Union([Type.Literal('new'), Type.Literal('renewal')]),
        state: State,
        receipt_number: Nullable(Type.String()),
        submitted_at: Nullable(Instant),
        updated_at: Instant,
      }),
    ),
  },
  { title: 'RoundApplicationPage' },
);
type RoundApplicationPage = Static<typeof RoundApplicationPage>;

/** The operators' list of a round's applications, any cluster's, by state, a page at a time. */
export default async function roundApplicationsApi(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { id: number }; Querystring: RoundApplicationsQuery }>(
    '/api/v1/rounds/:id/applications',
    {
      config: { access: 'rounds.listApplications' },
      schema: {
        tags: ['competition'],
        summary: 'A round’s applications, by state, a page at a time (operators)',
        description:
          'Oldest first. Each item links to GET /api/v1/applications/{id}; drafts are listed too (filter them out with state).',
        security: [{ bearerAuth: [] }],
        params: Type.Object({ id: Id }),
        querystring: RoundApplicationsQuery,
        response: { 200: RoundApplicationPage, ...apiErrors(400, 401, 403, 404) },
      },
    },
    async (request): Promise<RoundApplicationPage> => {
      const round = await roundById(app.db, request.params.id);
      if (!round) throw notFound();
      const { state, page, per_page: perPage } = request.query;
      const states: ApplicationState[] = state === undefined ? [] : Array.isArray(state) ? state : [state];
      const result = await roundApplications(app.db, { roundId: round.id, states, page, perPage });
      return {
        round_id: round.id,
        total: result.total,
        page,
        per_page: perPage,
        by_state: result.byState,
        items: result.items.map((row) => ({
          id: row.id,
          cluster_id: row.clusterId,
          cluster_slug: row.clusterSlug,
          cluster_name: row.clusterName,
          kind: row.kind,
          state: row.state,
          receipt_number: row.receiptNumber,
          submitted_at: row.submittedAt,
          updated_at: row.updatedAt,
        })),
      };
    },
  );
}
