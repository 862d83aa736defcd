import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { roundById } from '../competition/queries.ts';
import { assignmentRemover } from './assignmentRemover.ts';
import { roundExperts } from './roundExperts.ts';
import { IdParams } from './schemas.ts';
import { notFoundHere } from './support.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Id = Type.Integer({ minimum: 1 });
const Instant = Type.String({ format: 'date-time' });
const bearer = [{ bearerAuth: [] }];
const tags = ['assessment'];

export const RoundExpertList = Type.Object(
  {
    round_id: Id,
    items: Type.Array(
      Type.Object({
        expert_id: Id,
        name: Type.String(),
        email: Type.String(),
        can_act: Type.Boolean({
          description:
            'false: the expert role does not work now (see blocked_by); never assigned automatically',
        }),
        blocked_by: Type.Array(
          Type.Union([
            Type.Literal('two_factor_off'),
            Type.Literal('email_unverified'),
            Type.Literal('deletion_requested'),
          ]),
          {
            description:
              'two_factor_off: two-step verification is not set up, so the expert role is not effective; email_unverified: the address was never confirmed; deletion_requested: the account is being deleted. Automatic assignment skips anyone with a block.',
          },
        ),
        open_tasks: Type.Integer({
          description: 'Unfinished tasks in every round: the load assignment balances',
        }),
        round_tasks: Type.Object({
          assigned: Type.Integer(),
          declared: Type.Integer(),
          submitted: Type.Integer(),
          conflict: Type.Integer(),
          replaced: Type.Integer({ description: 'Tasks whose score a re-assessment on appeal replaced' }),
        }),
        panel_member: Type.Boolean(),
        conflicts: Type.Array(
          Type.Object({
            application_id: Id,
            cluster_name: Type.String(),
            reason: Type.Union([Type.Literal('declared_conflict'), Type.Literal('linked')], {
              description:
                'declared_conflict: the expert declared one on the task; linked: a declared interest in the cluster, its coordinator or a member, or the cluster’s team',
            }),
          }),
        ),
      }),
    ),
  },
  { title: 'RoundExpertList' },
);
type RoundExpertList = Static<typeof RoundExpertList>;

const AppealState = Type.Union([
  Type.Literal('filed'),
  Type.Literal('dismissed'),
  Type.Literal('reassessment'),
]);
export const AppealListQuery = Type.Object(
  { state: Type.Optional(AppealState) },
  { additionalProperties: false },
);
type AppealListQuery = Static<typeof AppealListQuery>;
export const RoundAppealList = Type.Object(
  {
    round_id: Id,
    items: Type.Array(
      Type.Object({
        id: Id,
        application_id: Id,
        cluster_name: Type.String(),
        state: AppealState,
        reasons: Type.String(),
        filed_at: Instant,
        resolution: Nullable(Type.String()),
        resolved_at: Nullable(Instant),
        reassessment_task_id: Nullable(Id),
      }),
      { description: 'Oldest first; resolve a filed one with POST /api/v1/appeals/{id}/resolution' },
    ),
  },
  { title: 'RoundAppealList' },
);
type RoundAppealList = Static<typeof RoundAppealList>;

/** What an operator needs to see of a round's assessment: the experts, taking a task back, appeals. */
export default async function assessmentRoundOverviewApi(app: FastifyInstance): Promise<void> {
  const baseUrl = app.config.baseUrl;
  const loadRound = async (id: number) => {
    const round = await roundById(app.db, id);
    if (!round) throw notFoundHere();
    return round;
  };

  app.get<{ Params: IdParams }>(
    '/api/v1/rounds/:id/experts',
    {
      config: { access: 'assessment.listExperts' },
      schema: {
        tags,
        summary: 'The experts a round can use: whether each can act now, their load and conflicts',
        description:
          'Everyone holding the expert role, by name. Give an expert_id of one who can act to POST /api/v1/assignments.',
        security: bearer,
        params: IdParams,
        response: { 200: RoundExpertList, ...apiErrors(400, 401, 403, 404) },
      },
    },
    async (request): Promise<RoundExpertList> => {
      const round = await loadRound(request.params.id);
      const experts = await roundExperts(app.db, round.id);
      return {
        round_id: round.id,
        items: experts.map((expert) => ({
          expert_id: expert.expertId,
          name: expert.name,
          email: expert.email,
          can_act: expert.canAct,
          blocked_by: expert.blockedBy,
          open_tasks: expert.openTasks,
          round_tasks: expert.roundTasks,
          panel_member: expert.panelMember,
          conflicts: expert.conflicts.map((conflict) => ({
            application_id: conflict.applicationId,
            cluster_name: conflict.clusterName,
            reason: conflict.reason,
          })),
        })),
      };
    },
  );

  app.delete<{ Params: IdParams }>(
    '/api/v1/assignments/:id',
    {
      config: { access: 'assessment.removeAssignment' },
      schema: {
        tags,
        summary: 'Take a task back from an expert before they submit (audited)',
        description:
          'Refused (409 assignment_submitted) once the expert has submitted the sheet, and (409 assignment_not_removable) for a declared conflict or a re-assessment ordered on appeal. The free slot is filled by POST /api/v1/assignments or …/assignments/auto.',
        security: bearer,
        params: IdParams,
        response: { 204: { type: 'null' }, ...apiErrors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await runCommand(request, assignmentRemover, { taskId: request.params.id, baseUrl });
      return reply.code(204).send();
    },
  );

  app.get<{ Params: IdParams; Querystring: AppealListQuery }>(
    '/api/v1/rounds/:id/appeals',
    {
      config: { access: 'assessment.listAppeals' },
      schema: {
        tags,
        summary: 'The appeals of a round, filed and resolved',
        security: bearer,
        params: IdParams,
        querystring: AppealListQuery,
        response: { 200: RoundAppealList, ...apiErrors(400, 401, 403, 404) },
      },
    },
    async (request): Promise<RoundAppealList> => {
      const round = await loadRound(request.params.id);
      let query = app.db
        .selectFrom('appeals')
        .innerJoin('applications', 'applications.id', 'appeals.applicationId')
        .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
        .select([
          'appeals.id',
          'appeals.applicationId',
          'appeals.state',
          'appeals.reasons',
          'appeals.filedAt',
          'appeals.resolution',
          'appeals.resolvedAt',
          'appeals.reassessmentTaskId',
          'clusters.name as clusterName',
        ])
        .where('applications.roundId', '=', round.id);
      if (request.query.state) query = query.where('appeals.state', '=', request.query.state);
      const rows = await query.orderBy('appeals.id').execute();
      return {
        round_id: round.id,
        items: rows.map((row) => ({
          id: row.id,
          application_id: row.applicationId,
          cluster_name: row.clusterName,
          state: row.state,
          reasons: row.reasons,
          filed_at: row.filedAt,
          resolution: row.resolution,
          resolved_at: row.resolvedAt,
          reassessment_task_id: row.reassessmentTaskId,
        })),
      };
    },
  );
}
