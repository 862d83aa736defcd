import type { CommandContext } from '../../platform/commandContext.ts';
import { applicationById, roundById } from '../competition/queries.ts';
import { panelCriteria } from './aggregation.ts';
import type { Declaration } from './conflictDeclarer.ts';
import { excludedExperts, isExpert } from './queries.ts';
import { notFoundHere, refused } from './support.ts';

/** The operator adds an expert to a round's panel (once). */
export async function panelMemberAdder(
  context: CommandContext,
  props: { roundId: number; expertId: number },
): Promise<void> {
  const { trx, now } = context;
  if (!(await roundById(trx, props.roundId))) throw notFoundHere();
  if (!(await isExpert(trx, props.expertId))) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      expertId: 'assessment.error.notAnExpert',
    });
  }
  await trx
    .insertInto('panelMembers')
    .values({
      roundId: props.roundId,
      expertId: props.expertId,
      addedBy: context.actorId,
      createdAt: now.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['roundId', 'expertId']).doNothing())
    .execute();
  await context.services.audit({
    action: 'assessment.panel.member_added',
    entityType: 'round',
    entityId: props.roundId,
    summary: { after: { expertId: props.expertId } },
  });
}

/**
 * A panel member's declaration for one application at the panel: no conflict (with confidentiality)
 * opens a panel task to score; a conflict records a task that never scores. A member with a declared
 * interest in the cluster cannot declare no conflict.
 */
export async function panelDeclarer(
  context: CommandContext,
  props: { applicationId: number; expertId: number; declaration: Declaration },
): Promise<{ taskId: number; state: 'declared' | 'conflict' }> {
  const { trx, now } = context;
  const application = await applicationById(trx, props.applicationId);
  if (!application) throw notFoundHere();
  const member = await trx
    .selectFrom('panelMembers')
    .select('expertId')
    .where('roundId', '=', application.roundId)
    .where('expertId', '=', props.expertId)
    .executeTakeFirst();
  if (!member) throw refused('forbidden', 'forbidden', 'auth.forbidden');
  if (application.state !== 'panel') throw refused('conflict', 'not_at_panel', 'assessment.error.notAtPanel');
  const { declaration } = props;
  if (!declaration.conflict && !declaration.confidentiality) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      confidentiality: 'assessment.error.confidentialityRequired',
    });
  }
  const excluded =
    (await excludedExperts(trx, [application], 'panel')).get(application.id) ?? new Set<number>();
  if (excluded.has(props.expertId) && !declaration.conflict) {
    const already = await trx
      .selectFrom('assessmentTasks')
      .select('id')
      .where('applicationId', '=', application.id)
      .where('expertId', '=', props.expertId)
      .where('stage', '=', 'panel')
      .executeTakeFirst();
    throw already
      ? refused('conflict', 'already_declared', 'assessment.error.alreadyDeclared')
      : refused('conflict', 'expert_excluded', 'assessment.error.expertExcluded');
  }
  const state = declaration.conflict ? ('conflict' as const) : ('declared' as const);
  const row = await trx
    .insertInto('assessmentTasks')
    .values({
      applicationId: application.id,
      expertId: props.expertId,
      stage: 'panel',
      state,
      reason: 'panel',
      assignedBy: null,
      assignedAt: now.toISOString(),
      declaredAt: now.toISOString(),
      conflictReason: declaration.conflict ? declaration.reason.trim() : null,
      dueAt: (await roundById(trx, application.roundId))?.panelDueAt ?? null,
    })
    .onConflict((conflict) => conflict.columns(['applicationId', 'expertId', 'stage']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw refused('conflict', 'already_declared', 'assessment.error.alreadyDeclared');
  await context.services.audit({
    action: declaration.conflict
      ? 'assessment.panel.conflict_declared'
      : 'assessment.panel.no_conflict_declared',
    entityType: 'assessment_task',
    entityId: row.id,
    summary: { after: { applicationId: application.id, state } },
  });
  return { taskId: row.id, state };
}

/**
 * The consensus report of the panel for one application: the final points per panel criterion and a
 * comment, written by the operator or rapporteur; writing it again replaces it (audited with both).
 */
export async function consensusRecorder(
  context: CommandContext,
  props: { applicationId: number; points: Readonly<Record<string, number>>; comment: string },
): Promise<void> {
  const { trx, now } = context;
  const application = await applicationById(trx, props.applicationId);
  const round = application && (await roundById(trx, application.roundId));
  if (!application || !round) throw notFoundHere();
  if (application.state !== 'panel') throw refused('conflict', 'not_at_panel', 'assessment.error.notAtPanel');
  const criteria = panelCriteria(round.rules);
  const fields: Record<string, 'assessment.error.pointsRange' | 'assessment.error.commentRequired'> = {};
  for (const criterion of criteria) {
    const points = props.points[criterion.code];
    if (points === undefined || !Number.isInteger(points) || points < 0 || points > criterion.maxPoints) {
      fields[`points-${criterion.code}`] = 'assessment.error.pointsRange';
    }
  }
  if (props.comment.trim().length === 0) fields.comment = 'assessment.error.commentRequired';
  if (Object.keys(fields).length > 0) throw refused('invalid', 'validation_failed', 'api.validation', fields);
  const before = await trx
    .selectFrom('panelConsensusScores')
    .select(['criterionCode', 'points'])
    .where('applicationId', '=', application.id)
    .execute();
  await trx.deleteFrom('panelConsensusScores').where('applicationId', '=', application.id).execute();
  if (criteria.length > 0) {
    await trx
      .insertInto('panelConsensusScores')
      .values(
        criteria.map((c) => ({
          applicationId: application.id,
          criterionCode: c.code,
          points: props.points[c.code] ?? 0,
        })),
      )
      .execute();
  }
  const report = { comment: props.comment.trim(), writtenBy: context.actorId, writtenAt: now.toISOString() };
  await trx
    .insertInto('panelReports')
    .values({ applicationId: application.id, ...report })
    .onConflict((conflict) => conflict.column('applicationId').doUpdateSet(report))
    .execute();
  await context.services.audit({
    action: 'assessment.panel.consensus_written',
    entityType: 'application',
    entityId: application.id,
    summary: {
      before:
        before.length > 0
          ? Object.fromEntries(before.map((row) => [row.criterionCode, row.points]))
          : undefined,
      after: { points: props.points, comment: report.comment },
    },
  });
}
