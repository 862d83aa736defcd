import type { CommandContext } from '../../platform/commandContext.ts';
import { notFoundHere, refused } from './support.ts';

export type Declaration = { conflict: false; confidentiality: boolean } | { conflict: true; reason: string };

/**
 * The expert's declaration before seeing anything of an application: no conflict of interest (with
 * the confidentiality statement), which opens the application to them; or a conflict, which frees the
 * slot for another expert. Only the task's own expert, once, while it is still only assigned.
 */
export async function conflictDeclarer(
  context: CommandContext,
  props: { taskId: number; expertId: number; declaration: Declaration },
): Promise<'declared' | 'conflict'> {
  const { trx, now } = context;
  const { declaration } = props;
  if (!declaration.conflict && !declaration.confidentiality) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      confidentiality: 'assessment.error.confidentialityRequired',
    });
  }
  if (declaration.conflict && declaration.reason.trim().length === 0) {
    throw refused('invalid', 'validation_failed', 'api.validation', {
      reason: 'assessment.error.conflictReason',
    });
  }
  const state = declaration.conflict ? ('conflict' as const) : ('declared' as const);
  const result = await trx
    .updateTable('assessmentTasks')
    .set({
      state,
      declaredAt: now.toISOString(),
      conflictReason: declaration.conflict ? declaration.reason.trim() : null,
    })
    .where('id', '=', props.taskId)
    .where('expertId', '=', props.expertId)
    .where('state', '=', 'assigned')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const task = await trx
      .selectFrom('assessmentTasks')
      .select('state')
      .where('id', '=', props.taskId)
      .where('expertId', '=', props.expertId)
      .executeTakeFirst();
    if (!task) throw notFoundHere();
    throw refused('conflict', 'already_declared', 'assessment.error.alreadyDeclared');
  }
  await context.services.audit({
    action: declaration.conflict
      ? 'assessment.task.conflict_declared'
      : 'assessment.task.no_conflict_declared',
    entityType: 'assessment_task',
    entityId: props.taskId,
    summary: { after: { state } },
  });
  return state;
}
