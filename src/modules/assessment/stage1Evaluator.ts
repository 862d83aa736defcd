import type { CommandContext } from '../../platform/commandContext.ts';
import { applicationById, roundById } from '../competition/queries.ts';
import {
  aggregateStage1,
  isDivergent,
  maximumOf,
  meanValue,
  roundPoints,
  stage1Criteria,
  stage1Outcome,
} from './aggregation.ts';
import { planAssignments } from './assignmentPlanner.ts';
import { excludedExperts, expertLoads, stage1Tasks, submittedScores } from './queries.ts';
import { applicationMover } from './support.ts';
import { stage1TaskCreator } from './taskCreator.ts';

export type Stage1Step = 'waiting' | 'divergence' | 'panel' | 'below_threshold';

/**
 * Runs when an expert submits: once every expert holding a slot has submitted, either brings in one
 * more expert when two totals diverge (once per application; the operator may ask again), or decides
 * by the stage-1 threshold whether the application goes to the panel.
 */
export async function stage1Evaluator(
  context: CommandContext,
  props: { applicationId: number; baseUrl: string },
): Promise<Stage1Step> {
  const { trx, now } = context;
  const application = await applicationById(trx, props.applicationId);
  const round = application && (await roundById(trx, application.roundId));
  if (!application || !round || application.state !== 'in_assessment') return 'waiting';
  const rules = round.rules;
  const tasks = await stage1Tasks(trx, application.id);
  const active = tasks.filter((task) => task.state !== 'conflict' && task.state !== 'replaced');
  if (active.length < rules.expertsPerApplication || active.some((task) => task.state !== 'submitted')) {
    return 'waiting';
  }
  const criteria = stage1Criteria(rules);
  const result = aggregateStage1(criteria, await submittedScores(trx, application.id));
  const divergedBefore = tasks.some((task) => task.reason === 'divergence');
  if (!divergedBefore && isDivergent(result.expertTotals, maximumOf(criteria), rules.divergenceShare)) {
    const excluded = (await excludedExperts(trx, [application])).get(application.id) ?? new Set<number>();
    const plan = planAssignments(
      [{ applicationId: application.id, slots: 1, excluded }],
      await expertLoads(trx),
    );
    await stage1TaskCreator(context, {
      applicationId: application.id,
      expertIds: plan.map((entry) => entry.expertId),
      reason: 'divergence',
      dueAt: round.assessmentDueAt,
      baseUrl: props.baseUrl,
    });
    await context.services.audit({
      action: 'assessment.divergence_found',
      entityType: 'application',
      entityId: application.id,
      summary: { after: { expertTotals: result.expertTotals, addedExperts: plan.length } },
    });
    return 'divergence';
  }
  const outcome = stage1Outcome(rules, result);
  if (await applicationMover(trx, application.id, outcome, now)) {
    await context.services.audit({
      action: 'assessment.stage1_decided',
      entityType: 'application',
      entityId: application.id,
      summary: {
        after: { state: outcome, mean: roundPoints(meanValue(result.total)), experts: result.experts },
      },
    });
  }
  return outcome;
}
