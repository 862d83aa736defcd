import type { CommandContext } from '../../platform/commandContext.ts';
import { stage1Evaluator } from './stage1Evaluator.ts';
import { notFoundHere, refused } from './support.ts';

/**
 * The operator takes a task back from an expert before the expert has submitted it (a sheet submitted
 * once, even if re-opened since, stays). A declared conflict stays on record, and so does the task a
 * resolved appeal ordered. The task and its draft scores go; the audit log keeps who had it. A
 * stage-1 application is then weighed again, as after a submission: when every remaining expert has
 * submitted, stage 1 is decided (or one more expert is brought in on divergence).
 */
export async function assignmentRemover(
  context: CommandContext,
  props: { taskId: number; baseUrl: string },
): Promise<void> {
  const { trx } = context;
  const task = await trx
    .selectFrom('assessmentTasks')
    .selectAll()
    .where('id', '=', props.taskId)
    .executeTakeFirst();
  if (!task) throw notFoundHere();
  if (task.state === 'submitted' || task.submittedAt !== null || task.reopenedAt !== null) {
    throw refused('conflict', 'assignment_submitted', 'assessment.error.assignmentSubmitted');
  }
  const appeal = await trx
    .selectFrom('appeals')
    .select('id')
    .where('reassessmentTaskId', '=', task.id)
    .executeTakeFirst();
  if (task.state === 'conflict' || appeal) {
    throw refused('conflict', 'assignment_not_removable', 'assessment.error.assignmentNotRemovable');
  }
  const removed = await trx
    .deleteFrom('assessmentTasks')
    .where('id', '=', task.id)
    .where('state', 'in', ['assigned', 'declared'])
    .executeTakeFirst();
  // Submitted between the read and the delete: the submission wins.
  if (Number(removed.numDeletedRows) === 0) {
    throw refused('conflict', 'assignment_submitted', 'assessment.error.assignmentSubmitted');
  }
  await context.services.audit({
    action: 'assessment.task.removed',
    entityType: 'assessment_task',
    entityId: task.id,
    summary: {
      before: {
        applicationId: task.applicationId,
        expertId: task.expertId,
        stage: task.stage,
        state: task.state,
        reason: task.reason,
      },
    },
  });
  if (task.stage === 'stage1') {
    await stage1Evaluator(context, { applicationId: task.applicationId, baseUrl: props.baseUrl });
  }
}
