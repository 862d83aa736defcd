import type { CommandContext } from '../../platform/commandContext.ts';
import { sumsRefresher } from './sumsRefresher.ts';
import { applicationMover, notFoundHere, refused } from './support.ts';

/**
 * Only the operator re-opens a submitted score sheet (audited, with the reason): the expert may change
 * it again, and an application already past stage 1 (before the ranking) goes back into assessment.
 */
export async function scoreReopener(
  context: CommandContext,
  props: { taskId: number; reason: string },
): Promise<void> {
  const { trx, now } = context;
  if (props.reason.trim().length === 0) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      reason: 'assessment.error.reasonRequired',
    });
  }
  const task = await trx
    .selectFrom('assessmentTasks')
    .select(['id', 'applicationId', 'stage', 'state'])
    .where('id', '=', props.taskId)
    .executeTakeFirst();
  if (!task) throw notFoundHere();
  const application = await trx
    .selectFrom('applications')
    .select('state')
    .where('id', '=', task.applicationId)
    .executeTakeFirstOrThrow();
  const reopenable = task.stage === 'stage1' ? ['in_assessment', 'below_threshold', 'panel'] : ['panel'];
  if (task.state !== 'submitted' || !reopenable.includes(application.state)) {
    throw refused('conflict', 'not_reopenable', 'assessment.error.notReopenable');
  }
  await trx
    .updateTable('assessmentTasks')
    .set({ state: 'declared', submittedAt: null, reopenedAt: now.toISOString() })
    .where('id', '=', task.id)
    .execute();
  if (task.stage === 'stage1') await sumsRefresher(trx, task.applicationId, now);
  if (task.stage === 'stage1' && application.state !== 'in_assessment') {
    await applicationMover(trx, task.applicationId, 'in_assessment', now);
  }
  await context.services.audit({
    action: 'assessment.scores.reopened',
    entityType: 'assessment_task',
    entityId: task.id,
    summary: {
      before: { state: 'submitted', applicationState: application.state },
      after: { reason: props.reason.trim() },
    },
  });
}
