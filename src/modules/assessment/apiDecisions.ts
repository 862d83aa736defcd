import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { can } from '../../policies/index.ts';
import { clusterAccessOf } from '../registry/team.ts';
import { appealFiler, appealResolver } from './appeals.ts';
import { decisionRecorder } from './decisionRecorder.ts';
import { actorOf, forbidden } from './http.ts';
import { presentResults } from './presenters.ts';
import { applicationResults } from './resultsLoader.ts';
import {
  AppealBody,
  AppealCreated,
  AppealResolutionBody,
  AppealResolved,
  DecisionBody,
  DecisionResult,
  IdParams,
  Results,
} from './schemas.ts';
import { notFoundHere } from './support.ts';

const bearer = [{ bearerAuth: [] }];
const tags = ['assessment'];
const errors = apiErrors(400, 401, 403, 404, 409);
const manage = { access: 'assessment.manage' as const };

/** The minister's decisions, the applicant's results, and appeals. */
export default async function assessmentDecisionApi(app: FastifyInstance): Promise<void> {
  const baseUrl = app.config.baseUrl;

  app.post<{ Body: DecisionBody }>(
    '/api/v1/decisions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record the minister’s decision on an application',
        description:
          'A grant writes the KKK status (valid as the round’s rules say) with its certificate code; the applicant is mailed the scores and justifications without expert names.',
        security: bearer,
        body: DecisionBody,
        response: { 201: DecisionResult, ...errors },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result = await runCommand(request, decisionRecorder, {
        applicationId: body.application_id,
        outcome: body.outcome,
        documentNumber: body.document_number,
        documentDate: body.document_date,
        baseUrl,
      });
      return reply.code(201).send({
        decision_id: result.decisionId,
        status_id: result.statusId,
        verification_code: result.verificationCode,
        valid_until: result.validUntil,
      });
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/results/:id',
    {
      config: { access: 'assessment.results' },
      schema: {
        tags,
        summary: 'An application’s scores and justifications, for its team after the decision',
        security: bearer,
        params: IdParams,
        response: { 200: Results, ...errors },
      },
    },
    async (request) => {
      const results = await applicationResults(app.db, request.params.id);
      if (!results) throw notFoundHere();
      const access = await clusterAccessOf(app.db, request.actor, results.clusterId);
      if (!can(request.actor, 'assessment.results', access)) throw forbidden();
      if (!results.decision && !can(request.actor, 'assessment.manage')) throw notFoundHere();
      return presentResults(results);
    },
  );

  app.post<{ Body: AppealBody }>(
    '/api/v1/appeals',
    {
      config: { access: 'assessment.appeal' },
      schema: {
        tags,
        summary: 'Appeal a refusal, with reasons, within the rules’ window',
        security: bearer,
        body: AppealBody,
        response: { 201: AppealCreated, ...errors },
      },
    },
    async (request, reply) => {
      const application = await app.db
        .selectFrom('applications')
        .select('clusterId')
        .where('id', '=', request.body.application_id)
        .executeTakeFirst();
      if (!application) throw notFoundHere();
      if (
        !can(
          request.actor,
          'assessment.appeal',
          await clusterAccessOf(app.db, actorOf(request), application.clusterId),
        )
      ) {
        throw forbidden();
      }
      const filed = await runCommand(request, appealFiler, {
        applicationId: request.body.application_id,
        reasons: request.body.reasons,
        disputedExpert: request.body.disputed_expert,
      });
      return reply.code(201).send({ appeal_id: filed.appealId });
    },
  );

  app.post<{ Params: IdParams; Body: AppealResolutionBody }>(
    '/api/v1/appeals/:id/resolution',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Dismiss an appeal with reasons, or order a re-assessment by a different expert',
        security: bearer,
        params: IdParams,
        body: AppealResolutionBody,
        response: { 200: AppealResolved, ...errors },
      },
    },
    async (request) => {
      const { outcome, resolution, expert_id: expertId } = request.body;
      const result = await runCommand(request, appealResolver, {
        appealId: request.params.id,
        resolution: outcome === 'dismissed' ? { outcome, resolution } : { outcome, resolution, expertId },
        baseUrl,
      });
      return { task_id: result.taskId };
    },
  );
}
