import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { clusterTeamMailer } from '../../platform/mail/clusterTeamMailer.ts';
import { roundById } from '../competition/queries.ts';
import { appealRules } from '../competition/rules.ts';
import { planAssignments } from './assignmentPlanner.ts';
import { currentDecision, excludedExperts, expertLoads, isExpert, submittedScores } from './queries.ts';
import { appealDeadline } from './resultsLoader.ts';
import { sumsRefresher } from './sumsRefresher.ts';
import { applicationMover, notFoundHere, refused } from './support.ts';
import { stage1TaskCreator } from './taskCreator.ts';

export const MIN_APPEAL_LENGTH = 20;

/**
 * The applicant's team appeals a refusal, with its reasons, within the rules' window after the
 * notification; one appeal per decision.
 */
export async function appealFiler(
  context: CommandContext,
  props: { applicationId: number; reasons: string; disputedExpert?: number },
): Promise<{ appealId: number }> {
  const { trx, now } = context;
  const reasons = props.reasons.trim();
  if ([...reasons].length < MIN_APPEAL_LENGTH) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      reasons: 'assessment.error.appealReasons',
    });
  }
  const application = await trx
    .selectFrom('applications')
    .select(['id', 'roundId', 'state'])
    .where('id', '=', props.applicationId)
    .executeTakeFirst();
  const round = application && (await roundById(trx, application.roundId));
  if (!application || !round) throw notFoundHere();
  const decision = await currentDecision(trx, application.id);
  if (decision?.outcome !== 'refused' || application.state !== 'refused') {
    throw refused('conflict', 'not_appealable', 'assessment.error.notAppealable');
  }
  const earlier = await trx
    .selectFrom('appeals')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('applicationId', '=', application.id)
    .executeTakeFirstOrThrow();
  if (Number(earlier.count) >= appealRules(round.rules).maxPerApplication)
    throw refused('conflict', 'decision_final', 'assessment.error.decisionFinal');
  const experts = await submittedScores(trx, application.id);
  let disputedTaskId: number | null = null;
  if (props.disputedExpert !== undefined) {
    const disputed = experts[props.disputedExpert - 1];
    if (!disputed)
      throw refused('invalid', 'validation_failed', 'api.validation', {
        disputed_expert: 'assessment.error.unknownExpertNumber',
      });
    disputedTaskId = disputed.taskId;
  }
  if (
    !decision.notifiedAt ||
    now.toISOString() > appealDeadline(decision.notifiedAt, round.rules.appealWindowDays)
  ) {
    throw refused('conflict', 'appeal_window_closed', 'assessment.error.appealWindowClosed');
  }
  const row = await trx
    .insertInto('appeals')
    .values({
      applicationId: application.id,
      decisionId: decision.id,
      filedBy: context.actorId,
      reasons,
      filedAt: now.toISOString(),
      state: 'filed',
      disputedTaskId,
    })
    .onConflict((conflict) => conflict.column('decisionId').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw refused('conflict', 'already_appealed', 'assessment.error.alreadyAppealed');
  await context.services.audit({
    action: 'assessment.appeal.filed',
    entityType: 'appeal',
    entityId: row.id,
    summary: { after: { reasons, disputedTaskId } },
  });
  return { appealId: row.id };
}

export type AppealResolution =
  | { outcome: 'dismissed'; resolution: string }
  | { outcome: 'reassessment'; resolution: string; expertId?: number };

/**
 * The operator dismisses an appeal with reasons, or orders a re-assessment by an expert who has never
 * been on the application (chosen, or the least loaded eligible one): the decision no longer stands
 * and the application is back in assessment. The team is mailed either way.
 */
export async function appealResolver(
  context: CommandContext,
  props: { appealId: number; resolution: AppealResolution; baseUrl: string },
): Promise<{ taskId: number | null }> {
  const { trx, now } = context;
  const { resolution } = props;
  if (resolution.resolution.trim().length === 0) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      resolution: 'assessment.error.reasonRequired',
    });
  }
  const appeal = await trx
    .selectFrom('appeals')
    .selectAll()
    .where('id', '=', props.appealId)
    .executeTakeFirst();
  if (!appeal) throw notFoundHere();
  if (appeal.state !== 'filed')
    throw refused('conflict', 'appeal_resolved', 'assessment.error.appealResolved');
  const application = await trx
    .selectFrom('applications')
    .select(['id', 'roundId', 'clusterId'])
    .where('id', '=', appeal.applicationId)
    .executeTakeFirstOrThrow();
  let taskId: number | null = null;
  let replacedTaskId: number | null = null;
  if (resolution.outcome === 'reassessment') {
    taskId = await reassessmentOrderer(context, application, resolution.expertId, props.baseUrl);
    replacedTaskId = await disputedScoreReplacer(
      trx,
      { ...application, disputedTaskId: appeal.disputedTaskId },
      now,
    );
    await trx
      .updateTable('assessmentDecisions')
      .set({ supersededAt: now.toISOString() })
      .where('id', '=', appeal.decisionId)
      .execute();
  }
  await trx
    .updateTable('appeals')
    .set({
      state: resolution.outcome,
      resolution: resolution.resolution.trim(),
      resolvedBy: context.actorId,
      resolvedAt: now.toISOString(),
      reassessmentTaskId: taskId,
    })
    .where('id', '=', appeal.id)
    .execute();
  await context.services.audit({
    action: `assessment.appeal.${resolution.outcome}`,
    entityType: 'appeal',
    entityId: appeal.id,
    summary: {
      before: { state: 'filed' },
      after: {
        state: resolution.outcome,
        resolution: resolution.resolution.trim(),
        taskId,
        replacedTaskId,
      },
    },
  });
  const cluster = await trx
    .selectFrom('clusters')
    .select('name')
    .where('id', '=', application.clusterId)
    .executeTakeFirstOrThrow();
  await clusterTeamMailer(
    trx,
    { clusterId: application.clusterId },
    'assessmentAppealResolved',
    (person) => ({
      name: person.name,
      clusterName: cluster.name,
      reassessment: resolution.outcome === 'reassessment',
      resolution: resolution.resolution.trim(),
      link: `${props.baseUrl}/konkurs/wnioski/${application.id}/wyniki`,
    }),
    now,
  );
  return { taskId };
}

/**
 * Unless the rules say the re-assessment adds an expert, the disputed expert's sheet (named in the
 * appeal, else the lowest total) is replaced: kept as `replaced`, no longer in the sums or the mean.
 */
async function disputedScoreReplacer(
  trx: Transaction<Database>,
  application: { id: number; roundId: number; disputedTaskId: number | null },
  now: Date,
): Promise<number | null> {
  const round = await roundById(trx, application.roundId);
  if (!round || appealRules(round.rules).reassessment !== 'replaceDisputed') return null;
  let taskId = application.disputedTaskId;
  if (taskId === null) {
    const experts = await submittedScores(trx, application.id);
    const totals = experts.map((expert) => ({
      taskId: expert.taskId,
      total: Object.values(expert.points).reduce((sum, points) => sum + points, 0),
    }));
    taskId = totals.sort((a, b) => a.total - b.total || a.taskId - b.taskId)[0]?.taskId ?? null;
  }
  if (taskId === null) return null;
  await trx
    .updateTable('assessmentTasks')
    .set({ state: 'replaced' })
    .where('id', '=', taskId)
    .where('state', '=', 'submitted')
    .execute();
  await sumsRefresher(trx, application.id, now);
  return taskId;
}

async function reassessmentOrderer(
  context: CommandContext,
  application: { id: number; roundId: number; clusterId: number },
  chosen: number | undefined,
  baseUrl: string,
): Promise<number> {
  const { trx, now } = context;
  const excluded = (await excludedExperts(trx, [application])).get(application.id) ?? new Set<number>();
  let expertId = chosen;
  if (expertId !== undefined) {
    if (!(await isExpert(trx, expertId))) {
      throw refused('invalid', 'validation_failed', 'api.validation', {
        expertId: 'assessment.error.notAnExpert',
      });
    }
    if (excluded.has(expertId)) {
      throw refused('conflict', 'expert_excluded', 'assessment.error.differentExpert', {
        expertId: 'assessment.error.differentExpert',
      });
    }
  } else {
    expertId = planAssignments(
      [{ applicationId: application.id, slots: 1, excluded }],
      await expertLoads(trx),
    )[0]?.expertId;
    if (expertId === undefined) throw refused('conflict', 'no_expert', 'assessment.error.noExpertAvailable');
  }
  if (!(await applicationMover(trx, application.id, 'in_assessment', now))) {
    throw refused('conflict', 'not_appealable', 'assessment.error.notAppealable');
  }
  const round = await roundById(trx, application.roundId);
  const [taskId] = await stage1TaskCreator(context, {
    applicationId: application.id,
    expertIds: [expertId],
    reason: 'appeal',
    dueAt: round?.assessmentDueAt ?? null,
    baseUrl,
  });
  if (taskId === undefined) throw refused('conflict', 'no_expert', 'assessment.error.noExpertAvailable');
  return taskId;
}
