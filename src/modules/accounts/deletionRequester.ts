import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';

/** Records a person's request to delete their account (an administrator carries it out) and confirms it by e-mail. */
export async function deletionRequester(context: CommandContext, userId: number): Promise<void> {
  const { trx } = context;
  const user = await trx
    .selectFrom('users')
    .select(['email', 'name', 'deletionRequestedAt'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (user.deletionRequestedAt) return;
  await trx
    .updateTable('users')
    .set({ deletionRequestedAt: context.now.toISOString() })
    .where('id', '=', userId)
    .execute();
  await mailEnqueuer(
    trx,
    {
      to: user.email,
      locale: context.locale,
      template: 'accountDeletionRequested',
      params: { name: user.name },
    },
    context.now,
  );
  await auditRecorder(
    trx,
    {
      actorId: userId,
      action: 'user.deletion_requested',
      entityType: 'user',
      entityId: String(userId),
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
}
