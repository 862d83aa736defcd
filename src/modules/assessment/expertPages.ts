import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { can } from '../../policies/index.ts';
import { formBody } from '../accounts/http.ts';
import { attachmentIdsByHash } from '../competition/queries.ts';
import type { CompetitionRules } from '../competition/rules.ts';
import type { ApplicationSnapshot } from '../competition/snapshot.ts';
import { aggregateStage1, meanValue, roundPoints, stage1Criteria } from './aggregation.ts';
import { conflictDeclarer, type Declaration } from './conflictDeclarer.ts';
import { type FormRefusal, formRefusal, positiveId, text } from './forms.ts';
import { actorOf, forbidden } from './http.ts';
import { taskAccess } from './presenters.ts';
import {
  scoresOfTask,
  submittedScores,
  type TaskInContext,
  taskInContext,
  tasksOfExpert,
} from './queries.ts';
import { criteriaOfTask, scoreDraftSaver, scoreSubmitter } from './scoreSaver.ts';
import { entriesFromForm, justificationField, pointsField } from './scoreValidation.ts';

const VIEWS = 'modules/assessment/views';
const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');
type IdParams = { Params: { id: string } };

async function ownTask(request: FastifyRequest<IdParams>): Promise<TaskInContext> {
  const id = positiveId(request.params.id);
  const task = id === null ? undefined : await taskInContext(request.server.db, id);
  if (!task) throw notFound();
  if (!taskAccess(task, actorOf(request).userId).own) throw forbidden();
  return task;
}

/** The expert's task list, declaration and score form. */
export function expertPages(app: FastifyInstance): void {
  const baseUrl = app.config.baseUrl;

  app.get(
    '/ekspert',
    { schema: { hide: true }, config: { access: 'assessment.score' } },
    async (request, reply) => {
      const tasks = await tasksOfExpert(app.db, actorOf(request).userId);
      const saved = (request.query as { zapisano?: string }).zapisano;
      return noStore(reply).page(
        `${VIEWS}/expertTasks`,
        { tasks, notice: saved ? request.t('assessment.expert.submitted') : null },
        { title: request.t('assessment.expert.tasksTitle'), section: 'expert' },
      );
    },
  );

  app.get<IdParams>(
    '/ekspert/zadania/:id',
    { schema: { hide: true }, config: { access: 'assessment.score' } },
    async (request, reply) => {
      const task = await ownTask(request);
      const notice = (request.query as { zapisano?: string }).zapisano
        ? request.t('assessment.expert.draftSaved')
        : null;
      if (task.state === 'assigned' || task.state === 'conflict')
        return declarationPage(request, reply, task);
      return scorePage(request, reply, task, { notice });
    },
  );

  app.post<IdParams>(
    '/ekspert/zadania/:id/oswiadczenie',
    { schema: { hide: true }, config: { access: 'assessment.score' } },
    async (request, reply) => {
      const task = await ownTask(request);
      const body = formBody(request);
      const choice = text(body, 'wybor');
      const declaration: Declaration =
        choice === 'konflikt'
          ? { conflict: true, reason: text(body, 'reason') }
          : { conflict: false, confidentiality: text(body, 'confidentiality') === 'tak' };
      if (choice !== 'konflikt' && choice !== 'brak') {
        return declarationPage(request, reply.code(400), task, {
          refusal: {
            status: 400,
            errors: { wybor: request.t('assessment.expert.chooseDeclaration') },
            message: null,
          },
          values: body,
        });
      }
      try {
        await runCommand(request, conflictDeclarer, {
          taskId: task.id,
          expertId: task.expertId,
          declaration,
        });
      } catch (error) {
        const refusal = formRefusal(request, error);
        return declarationPage(request, reply.code(refusal.status), task, { refusal, values: body });
      }
      return reply.redirect(`/ekspert/zadania/${task.id}`, 303);
    },
  );

  app.post<IdParams>(
    '/ekspert/zadania/:id/ocena',
    { schema: { hide: true }, config: { access: 'assessment.score' } },
    async (request, reply) => {
      const task = await ownTask(request);
      if (!can(request.actor, 'assessment.score', taskAccess(task, actorOf(request).userId))) {
        throw new DomainError('conflict', 'score_locked', 'assessment.error.locked');
      }
      const body = formBody(request);
      const rules = JSON.parse(task.rules) as CompetitionRules;
      const props = {
        taskId: task.id,
        expertId: task.expertId,
        entries: entriesFromForm(criteriaOfTask(task, rules), body),
        baseUrl,
      };
      const submitting = text(body, 'akcja') === 'przeslij';
      try {
        await runCommand(request, submitting ? scoreSubmitter : scoreDraftSaver, props);
      } catch (error) {
        const refusal = formRefusal(request, error);
        return scorePage(request, reply.code(refusal.status), task, { refusal, values: body });
      }
      return reply.redirect(
        submitting ? '/ekspert?zapisano=1' : `/ekspert/zadania/${task.id}?zapisano=1`,
        303,
      );
    },
  );
}

function declarationPage(
  request: FastifyRequest,
  reply: FastifyReply,
  task: TaskInContext,
  state: { refusal?: FormRefusal; values?: Record<string, unknown> } = {},
) {
  return noStore(reply).page(
    `${VIEWS}/expertDeclaration`,
    {
      task,
      roundName: request.locale === 'en' ? task.roundNameEn : task.roundNamePl,
      errors: state.refusal?.errors ?? {},
      message: state.refusal?.message ?? null,
      values: {
        wybor: text(state.values ?? {}, 'wybor'),
        reason: text(state.values ?? {}, 'reason'),
        confidentiality: text(state.values ?? {}, 'confidentiality'),
      },
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.expert.declarationTitle') },
  );
}

async function scorePage(
  request: FastifyRequest,
  reply: FastifyReply,
  task: TaskInContext,
  state: { refusal?: FormRefusal; values?: Record<string, unknown>; notice?: string | null } = {},
) {
  const db = request.server.db;
  const rules = JSON.parse(task.rules) as CompetitionRules;
  const en = request.locale === 'en';
  const saved = new Map((await scoresOfTask(db, task.id)).map((row) => [row.criterionCode, row]));
  const criteria = criteriaOfTask(task, rules).map((criterion) => {
    const posted = state.values;
    return {
      code: criterion.code,
      name: en ? criterion.nameEn : criterion.namePl,
      guidance: en ? criterion.guidanceEn : criterion.guidancePl,
      maxPoints: criterion.maxPoints,
      pointsField: pointsField(criterion.code),
      justificationField: justificationField(criterion.code),
      points: posted
        ? text(posted, pointsField(criterion.code))
        : String(saved.get(criterion.code)?.points ?? ''),
      justification: posted
        ? text(posted, justificationField(criterion.code))
        : (saved.get(criterion.code)?.justification ?? ''),
    };
  });
  const snapshot = task.snapshot ? (JSON.parse(task.snapshot) as ApplicationSnapshot) : null;
  const fileIds = await attachmentIdsByHash(
    db,
    task.applicationId,
    (snapshot?.attachments ?? []).map((file) => file.sha256),
  );
  const attachments = (snapshot?.attachments ?? []).map((file) => {
    const id = fileIds.get(file.sha256);
    return { ...file, href: id ? `/konkurs/wnioski/${task.applicationId}/zalaczniki/${id}` : null };
  });
  const others =
    task.state === 'submitted' && task.stage === 'stage1' ? await othersOf(request, task, rules) : null;
  return noStore(reply).page(
    `${VIEWS}/expertScore`,
    {
      task,
      roundName: en ? task.roundNameEn : task.roundNamePl,
      snapshot,
      attachments,
      answers: snapshot ? Object.entries(snapshot.answers) : [],
      criteria,
      locked: task.state !== 'declared',
      minLength: rules.minJustificationLength,
      others,
      errors: state.refusal?.errors ?? {},
      message: state.refusal?.message ?? null,
      notice: state.notice ?? null,
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.expert.scoreTitle', { cluster: task.clusterName }) },
  );
}

/** The other experts' submitted scores, by number, once the expert's own are in. */
async function othersOf(request: FastifyRequest, task: TaskInContext, rules: CompetitionRules) {
  if (!can(request.actor, 'assessment.viewScores', { ownSubmitted: true })) return null;
  const experts = await submittedScores(request.server.db, task.applicationId);
  const result = aggregateStage1(stage1Criteria(rules), experts);
  return {
    mean: roundPoints(meanValue(result.total)),
    experts: experts.map((expert, index) => ({
      number: index + 1,
      own: expert.taskId === task.id,
      total: result.expertTotals[index] ?? 0,
    })),
  };
}
