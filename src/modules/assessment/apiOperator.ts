import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { type Round, roundById } from '../competition/queries.ts';
import { autoAssignmentSummary } from './autoAssignmentSummary.ts';
import { expertAssigner } from './expertAssigner.ts';

import { consensusRecorder, panelMemberAdder } from './panel.ts';
import { presentationScheduler } from './presentationScheduler.ts';
import { presentRankingRow } from './presenters.ts';
import { renderedRankingPage } from './rankingCache.ts';
import { rankingConfirmer, rankingExcluder } from './rankingConfirmer.ts';
import type { RankingRow } from './rankingLoader.ts';
import { roundAutoAssigner } from './roundAutoAssigner.ts';
import { roundProgress } from './roundProgress.ts';
import {
  AutoAssignmentResult,
  ConsensusBody,
  CreatedTasks,
  IdParams,
  ManualAssignmentBody,
  PanelMemberBody,
  Presentation,
  PresentationBody,
  Progress,
  Ranking,
  RankingConfirmation,
  RankingExclusionBody,
  RankingQuery,
  ReasonBody,
} from './schemas.ts';
import { scoreReopener } from './scoreReopener.ts';
import { notFoundHere } from './support.ts';

const bearer = [{ bearerAuth: [] }];
const tags = ['assessment'];
const errors = apiErrors(400, 401, 403, 404, 409);
const manage = { access: 'assessment.manage' as const };

/** The operator's side of the assessment, and the applicant's results and appeals. */
export default async function assessmentOperatorApi(app: FastifyInstance): Promise<void> {
  const baseUrl = app.config.baseUrl;
  const loadRound = async (id: number) => {
    const round = await roundById(app.db, id);
    if (!round) throw notFoundHere();
    return round;
  };

  app.post<{ Body: ManualAssignmentBody }>(
    '/api/v1/assignments',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Assign experts to an application by hand',
        security: bearer,
        body: ManualAssignmentBody,
        response: { 201: CreatedTasks, ...errors },
      },
    },
    async (request, reply) => {
      const { application_id: applicationId, expert_ids: expertIds, reason } = request.body;
      const taskIds = await runCommand(request, expertAssigner, {
        applicationId,
        expertIds,
        reason,
        baseUrl,
      });
      return reply.code(201).send({ task_ids: taskIds });
    },
  );

  app.post<{ Params: IdParams }>(
    '/api/v1/rounds/:id/assignments/auto',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Fill every free expert slot of the round automatically',
        description:
          'Balanced load (fewest unfinished tasks first, then the lowest id); only experts who can act now (the expert role with two-step verification on, a verified account not being deleted); never an expert linked to the cluster, its coordinator or members by a declared interest, never twice on one application. When too few such experts exist, `experts_needed` says how many more would fill every slot and `message` says so in words.',
        security: bearer,
        params: IdParams,
        response: { 200: AutoAssignmentResult, ...errors },
      },
    },
    async (request) => {
      const result = await runCommand(request, roundAutoAssigner, { roundId: request.params.id, baseUrl });
      const assigned = result.assignments.length;
      return {
        assignments: result.assignments.map((p) => ({
          application_id: p.applicationId,
          expert_id: p.expertId,
        })),
        required: result.required,
        assigned,
        experts_needed: result.expertsNeeded,
        message: autoAssignmentSummary({ ...result, assigned }, request.t),
      };
    },
  );

  app.post<{ Params: IdParams; Body: ReasonBody }>(
    '/api/v1/assignments/:id/reopening',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Re-open a submitted score sheet (audited)',
        security: bearer,
        params: IdParams,
        body: ReasonBody,
        response: { 204: { type: 'null' }, ...errors },
      },
    },
    async (request, reply) => {
      await runCommand(request, scoreReopener, { taskId: request.params.id, reason: request.body.reason });
      return reply.code(204).send();
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/rounds/:id/assessment',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Experts’ progress and disagreement flags of a round',
        security: bearer,
        params: IdParams,
        response: { 200: Progress, ...errors },
      },
    },
    async (request) => {
      const progress = await roundProgress(app.db, await loadRound(request.params.id));
      return {
        experts: progress.experts.map((e) => ({
          expert_id: e.expertId,
          name: e.name,
          assigned: e.assigned,
          declared: e.declared,
          submitted: e.submitted,
          conflicts: e.conflicts,
          next_due_at: e.nextDueAt,
        })),
        applications: progress.applications.map((a) => ({
          application_id: a.applicationId,
          cluster_name: a.clusterName,
          state: a.state,
          experts: a.experts,
          submitted: a.submitted,
          mean: a.flag?.mean ?? null,
          spread: a.flag?.spread ?? null,
          divergent: a.flag?.divergent ?? false,
          criteria: a.flag?.criteria ?? [],
        })),
      };
    },
  );

  app.post<{ Params: IdParams; Body: PanelMemberBody }>(
    '/api/v1/rounds/:id/panel/members',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add an expert to the round’s Expert Panel',
        security: bearer,
        params: IdParams,
        body: PanelMemberBody,
        response: { 204: { type: 'null' }, ...errors },
      },
    },
    async (request, reply) => {
      await runCommand(request, panelMemberAdder, {
        roundId: request.params.id,
        expertId: request.body.expert_id,
      });
      return reply.code(204).send();
    },
  );

  app.put<{ Params: IdParams; Body: PresentationBody }>(
    '/api/v1/panel/applications/:id/presentation',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Schedule the application’s presentation to the panel (the coordinator is mailed)',
        security: bearer,
        params: IdParams,
        body: PresentationBody,
        response: { 200: Presentation, ...errors },
      },
    },
    async (request) => {
      const { starts_at: startsAt, place = '', online_url: onlineUrl = '' } = request.body;
      const scheduled = await runCommand(request, presentationScheduler, {
        applicationId: request.params.id,
        startsAt,
        place,
        onlineUrl,
        baseUrl,
      });
      return { application_id: request.params.id, starts_at: scheduled.startsAt };
    },
  );

  app.put<{ Params: IdParams; Body: ConsensusBody }>(
    '/api/v1/panel/applications/:id/consensus',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Write the panel’s consensus report: points per panel criterion and a comment',
        security: bearer,
        params: IdParams,
        body: ConsensusBody,
        response: { 204: { type: 'null' }, ...errors },
      },
    },
    async (request, reply) => {
      await runCommand(request, consensusRecorder, {
        applicationId: request.params.id,
        points: request.body.points,
        comment: request.body.comment,
      });
      return reply.code(204).send();
    },
  );

  app.get<{ Params: IdParams; Querystring: RankingQuery }>(
    '/api/v1/rounds/:id/ranking',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The round’s ranking, a page at a time',
        description:
          'Total = mean of the experts’ stage-1 totals + the panel’s consensus; ties broken by the rules’ areas in order, then the earlier submission. The whole round is ranked, and ranked again only after a change; the whole list is in /api/v1/rounds/{id}/results.csv.',
        security: bearer,
        params: IdParams,
        querystring: RankingQuery,
        response: { 200: Ranking, ...errors },
      },
    },
    async (request, reply) => {
      const { page, per_page: perPage } = request.query;
      const present = (round: Round, rows: RankingRow[]) => ({
        round_id: round.id,
        provisional: round.rankingConfirmedAt === null,
        confirmed_at: round.rankingConfirmedAt,
        thresholds: round.rules.thresholds,
        total: rows.length,
        page,
        per_page: perPage,
        items: rows.slice((page - 1) * perPage, page * perPage).map(presentRankingRow),
      });
      // The route's schema serialiser (fast-json-stringify) always gives text.
      const rendered = await renderedRankingPage(
        app.db,
        request.params.id,
        `${page}|${perPage}`,
        (round, rows) => String(reply.serialize(present(round, rows))),
      );
      if (!rendered) throw notFoundHere();
      // Bytes are sent as they are, without serialising again.
      return reply.type('application/json; charset=utf-8').header('etag', rendered.etag).send(rendered.body);
    },
  );

  app.post<{ Params: IdParams }>(
    '/api/v1/rounds/:id/ranking/confirmation',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Confirm the ranking: applications at the panel become recommended or not',
        security: bearer,
        params: IdParams,
        response: { 200: RankingConfirmation, ...errors },
      },
    },
    async (request) => {
      const result = await runCommand(request, rankingConfirmer, { roundId: request.params.id });
      return { recommended: result.recommended, not_recommended: result.notRecommended };
    },
  );

  app.post<{ Params: IdParams; Body: RankingExclusionBody }>(
    '/api/v1/applications/:id/ranking-exclusion',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Leave an admitted application not yet fully assessed out of the ranking, with a reason',
        description:
          'The ranking can be confirmed once the call has closed and every admitted application is assessed or excluded this way.',
        security: bearer,
        params: IdParams,
        body: RankingExclusionBody,
        response: { 204: { type: 'null' }, ...errors },
      },
    },
    async (request, reply) => {
      await runCommand(request, rankingExcluder, {
        applicationId: request.params.id,
        reason: request.body.reason,
      });
      return reply.code(204).send();
    },
  );
}
