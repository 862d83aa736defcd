import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { DomainError, withFieldNames } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { can } from '../../policies/index.ts';
import type { CompetitionRules } from '../competition/rules.ts';
import { conflictDeclarer, type Declaration } from './conflictDeclarer.ts';
import { actorOf, forbidden } from './http.ts';
import { interestDeclarer, interestRemover, interestsOf } from './interests.ts';
import { panelDeclarer } from './panel.ts';
import {
  entriesFromApi,
  presentApplicationScores,
  presentTask,
  scoreFieldPath,
  taskAccess,
} from './presenters.ts';
import { scoresOfTask, submittedScores, taskInContext, tasksOfExpert } from './queries.ts';
import {
  ApplicationScores,
  ApplicationView,
  DeclarationBody,
  DeclarationResult,
  IdParams,
  Interest,
  InterestBody,
  InterestList,
  ScoreSheet,
  ScoreSheetBody,
  ScoresQuery,
  TaskList,
} from './schemas.ts';
import { criteriaOfTask, scoreDraftSaver, scoreSubmitter } from './scoreSaver.ts';
import { notFoundHere } from './support.ts';

const bearer = [{ bearerAuth: [] }];
const tags = ['assessment'];

export function declarationOf(body: DeclarationBody): Declaration {
  return body.conflict
    ? { conflict: true, reason: body.reason ?? '' }
    : { conflict: false, confidentiality: body.confidentiality === true };
}

/** The task, if it is the caller's; otherwise 404 for a task that does not exist, 403 for another's. */
async function taskFor(request: FastifyRequest, id: number) {
  const task = await taskInContext(request.server.db, id);
  if (!task) throw notFoundHere();
  return { task, access: taskAccess(task, actorOf(request).userId) };
}

/** The expert's side: tasks, declarations, score sheets, other experts' scores, declared interests. */
export default async function assessmentExpertApi(app: FastifyInstance): Promise<void> {
  const baseUrl = app.config.baseUrl;

  app.get(
    '/api/v1/assignments',
    {
      config: { access: 'assessment.score' },
      schema: {
        tags,
        summary: 'My assessment tasks',
        security: bearer,
        response: { 200: TaskList, ...apiErrors(401, 403) },
      },
    },
    async (request) => {
      const tasks = await tasksOfExpert(app.db, actorOf(request).userId);
      return { items: tasks.map((task) => presentTask(task, request.locale)) };
    },
  );

  app.post<{ Params: IdParams; Body: DeclarationBody }>(
    '/api/v1/assignments/:id/declaration',
    {
      config: { access: 'assessment.score' },
      schema: {
        tags,
        summary: 'Declare no conflict of interest (with confidentiality), or a conflict',
        description: 'Nothing of the application is shown before this declaration.',
        security: bearer,
        params: IdParams,
        body: DeclarationBody,
        response: {
          200: DeclarationResult,
          ...apiErrors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const { task, access } = await taskFor(request, request.params.id);
      if (!access.own) throw forbidden();
      const state = await runCommand(request, conflictDeclarer, {
        taskId: task.id,
        expertId: task.expertId,
        declaration: declarationOf(request.body),
      });
      return { task_id: task.id, state };
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/assignments/:id/application',
    {
      config: { access: 'assessment.score' },
      schema: {
        tags,
        summary: 'The application of a task, with the criteria to score',
        description: 'Refused (403) until the expert has declared no conflict of interest.',
        security: bearer,
        params: IdParams,
        response: { 200: ApplicationView, ...apiErrors(401, 403, 404) },
      },
    },
    async (request) => {
      const { task, access } = await taskFor(request, request.params.id);
      if (!can(request.actor, 'assessment.viewApplication', access)) throw forbidden();
      const rules = JSON.parse(task.rules) as CompetitionRules;
      const en = request.locale === 'en';
      return {
        application_id: task.applicationId,
        cluster_name: task.clusterName,
        receipt_number: task.receiptNumber,
        snapshot: task.snapshot ? JSON.parse(task.snapshot) : null,
        criteria: criteriaOfTask(task, rules).map((c) => ({
          code: c.code,
          area: c.area,
          name: en ? c.nameEn : c.namePl,
          guidance: en ? c.guidanceEn : c.guidancePl,
          max_points: c.maxPoints,
        })),
        min_justification_length: rules.minJustificationLength,
      };
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/assignments/:id/scores',
    {
      config: { access: 'assessment.score' },
      schema: {
        tags,
        summary: 'My score sheet of a task (draft or submitted)',
        security: bearer,
        params: IdParams,
        response: { 200: ScoreSheet, ...apiErrors(401, 403, 404) },
      },
    },
    async (request) => {
      const { task, access } = await taskFor(request, request.params.id);
      if (!can(request.actor, 'assessment.viewApplication', access)) throw forbidden();
      const scores = await scoresOfTask(app.db, task.id);
      return {
        task_id: task.id,
        state: task.state,
        scores: scores.map((s) => ({
          criterion: s.criterionCode,
          points: s.points,
          justification: s.justification,
        })),
      };
    },
  );

  for (const [method, path, summary] of [
    ['PUT', '/api/v1/assignments/:id/scores', 'Save a draft of my scores'],
    ['POST', '/api/v1/assignments/:id/submission', 'Submit my scores: they are locked'],
  ] as const) {
    app.route<{ Params: IdParams; Body: ScoreSheetBody }>({
      method,
      url: path,
      config: { access: 'assessment.score' },
      schema: {
        tags,
        summary,
        description:
          'Whole points from 0 to each criterion’s maximum; on submission every criterion needs points and a justification of the rules’ minimum length.',
        security: bearer,
        params: IdParams,
        body: ScoreSheetBody,
        response: {
          200: ScoreSheet,
          ...apiErrors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request) => {
        const { task, access } = await taskFor(request, request.params.id);
        if (!access.own) throw forbidden();
        const props = {
          taskId: task.id,
          expertId: task.expertId,
          entries: entriesFromApi(request.body.scores),
          baseUrl,
        };
        await runCommand(request, method === 'PUT' ? scoreDraftSaver : scoreSubmitter, props).catch(
          (error: unknown) => {
            if (error instanceof DomainError)
              throw withFieldNames(error, scoreFieldPath(request.body.scores));
            throw error;
          },
        );
        const scores = await scoresOfTask(app.db, task.id);
        return {
          task_id: task.id,
          state: method === 'PUT' ? task.state : 'submitted',
          scores: scores.map((s) => ({
            criterion: s.criterionCode,
            points: s.points,
            justification: s.justification,
          })),
        };
      },
    });
  }

  app.get<{ Querystring: ScoresQuery }>(
    '/api/v1/scores',
    {
      config: { access: 'assessment.viewScores' },
      schema: {
        tags,
        summary: 'The submitted stage-1 scores of an application',
        description:
          'An expert sees them only after submitting their own; experts are named only for operators.',
        security: bearer,
        querystring: ScoresQuery,
        response: { 200: ApplicationScores, ...apiErrors(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const applicationId = request.query.application_id;
      const application = await app.db
        .selectFrom('applications')
        .innerJoin('rounds', 'rounds.id', 'applications.roundId')
        .select(['applications.id', 'rounds.rules'])
        .where('applications.id', '=', applicationId)
        .executeTakeFirst();
      if (!application) throw notFoundHere();
      const own = await app.db
        .selectFrom('assessmentTasks')
        .select('id')
        .where('applicationId', '=', applicationId)
        .where('expertId', '=', actor.userId)
        .where('stage', '=', 'stage1')
        .where('state', '=', 'submitted')
        .executeTakeFirst();
      if (!can(actor, 'assessment.viewScores', { ownSubmitted: own !== undefined })) throw forbidden();
      const operator = can(actor, 'assessment.manage');
      return presentApplicationScores(
        applicationId,
        JSON.parse(application.rules) as CompetitionRules,
        await submittedScores(app.db, applicationId),
        operator,
      );
    },
  );

  app.post<{ Params: IdParams; Body: DeclarationBody }>(
    '/api/v1/panel/applications/:id/declaration',
    {
      config: { access: 'panel.declare' },
      schema: {
        tags,
        summary:
          'A panel member declares no conflict of interest for an application at the panel, or a conflict',
        description:
          'No conflict opens a panel task: score it with /api/v1/assignments/{task_id}/scores and /submission.',
        security: bearer,
        params: IdParams,
        body: DeclarationBody,
        response: {
          200: DeclarationResult,
          ...apiErrors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const result = await runCommand(request, panelDeclarer, {
        applicationId: request.params.id,
        expertId: actorOf(request).userId,
        declaration: declarationOf(request.body),
      });
      return { task_id: result.taskId, state: result.state };
    },
  );

  app.get(
    '/api/v1/expert/interests',
    {
      config: { access: 'assessment.interests' },
      schema: {
        tags,
        summary: 'My declared interests (organisations and clusters I am linked to)',
        security: bearer,
        response: { 200: InterestList, ...apiErrors(401, 403) },
      },
    },
    async (request) => ({ items: (await interestsOf(app.db, actorOf(request).userId)).map(presentInterest) }),
  );

  app.post<{ Body: InterestBody }>(
    '/api/v1/expert/interests',
    {
      config: { access: 'assessment.interests' },
      schema: {
        tags,
        summary: 'Declare a link to an organisation (NIP) or a cluster',
        description:
          'Give either nip or cluster_id. The automatic assignment never gives such an expert the cluster, its coordinator or its members.',
        security: bearer,
        body: InterestBody,
        response: { 201: Interest, ...apiErrors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { nip, cluster_id: clusterId, note = '' } = request.body;
      const expertId = actorOf(request).userId;
      const created = await runCommand(request, interestDeclarer, {
        expertId,
        interest: clusterId !== undefined ? { clusterId, note } : { nip: nip ?? '', note },
      });
      const interest = (await interestsOf(app.db, expertId)).find((row) => row.id === created.id);
      return reply.code(201).send(interest && presentInterest(interest));
    },
  );

  app.delete<{ Params: IdParams }>(
    '/api/v1/expert/interests/:id',
    {
      config: { access: 'assessment.interests' },
      schema: {
        tags,
        summary: 'Withdraw one of my declared interests',
        security: bearer,
        params: IdParams,
        response: { 204: { type: 'null' }, ...apiErrors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await runCommand(request, interestRemover, {
        expertId: actorOf(request).userId,
        interestId: request.params.id,
      });
      return reply.code(204).send();
    },
  );
}

function presentInterest(row: {
  id: number;
  nip: string | null;
  clusterId: number | null;
  clusterName: string | null;
  note: string | null;
}) {
  return {
    id: row.id,
    nip: row.nip,
    cluster_id: row.clusterId,
    cluster_name: row.clusterName,
    note: row.note,
  };
}
