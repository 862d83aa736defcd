import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { emailTokenConsumer } from './emailTokens.ts';

/** Completes a change of address from the link sent to the new address. False for a bad link or a taken address. */
export async function emailChanger(context: CommandContext, token: string): Promise<boolean> {
  const { trx } = context;
  const used = await emailTokenConsumer(trx, { token, purpose: 'change_email', now: context.now });
  if (!used?.newEmail) return false;
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', used.newEmail)
    .executeTakeFirst();
  if (taken) return false;
  const before = await trx
    .selectFrom('users')
    .select('email')
    .where('id', '=', used.userId)
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('users')
    .set({ email: used.newEmail, emailVerifiedAt: context.now.toISOString() })
    .where('id', '=', used.userId)
    .execute();
  await auditRecorder(
    trx,
    {
      actorId: used.userId,
      action: 'user.email_changed',
      entityType: 'user',
      entityId: String(used.userId),
      summary: { before: { email: before.email }, after: { email: used.newEmail } },
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
  return true;
}
