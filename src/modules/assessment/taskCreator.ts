import type { CommandContext } from '../../platform/commandContext.ts';
import { addresseesByIds, mailEach } from '../../platform/mail/addressees.ts';
import { formatDateTime } from '../../platform/time.ts';
import { applicationMover } from './support.ts';
import type { TaskReason } from './tables.ts';

export interface NewTasks {
  applicationId: number;
  expertIds: readonly number[];
  reason: TaskReason;
  dueAt: string | null;
  baseUrl: string;
}

/**
 * Gives an application's stage-1 scoring to experts (the unique index refuses the same expert twice),
 * moves an accepted application into assessment, audits each task and mails each expert.
 */
export async function stage1TaskCreator(context: CommandContext, tasks: NewTasks): Promise<number[]> {
  const { trx, now } = context;
  if (tasks.expertIds.length === 0) return [];
  const assignedAt = now.toISOString();
  const rows = await trx
    .insertInto('assessmentTasks')
    .values(
      tasks.expertIds.map((expertId) => ({
        applicationId: tasks.applicationId,
        expertId,
        stage: 'stage1' as const,
        state: 'assigned' as const,
        reason: tasks.reason,
        assignedBy: context.actorId,
        assignedAt,
        dueAt: tasks.dueAt,
      })),
    )
    .returning(['id', 'expertId'])
    .execute();
  await applicationMover(trx, tasks.applicationId, 'in_assessment', now);
  const experts = await addresseesByIds(
    trx,
    rows.map((row) => row.expertId),
  );
  for (const row of rows) {
    await context.services.audit({
      action: 'assessment.task.assigned',
      entityType: 'assessment_task',
      entityId: row.id,
      summary: {
        after: { applicationId: tasks.applicationId, expertId: row.expertId, reason: tasks.reason },
      },
    });
    const expert = experts.filter((candidate) => candidate.userId === row.expertId);
    await mailEach(
      trx,
      expert,
      'assessmentTaskAssigned',
      (person) => ({
        name: person.name,
        due: tasks.dueAt ? formatDateTime(tasks.dueAt, person.locale) : null,
        link: `${tasks.baseUrl}/ekspert/zadania/${row.id}`,
      }),
      now,
    );
  }
  return rows.map((row) => row.id);
}
