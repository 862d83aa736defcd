import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { emailTokenConsumer } from './emailTokens.ts';

/** Confirms an address from the link in the verification e-mail. Returns false for a bad link. */
export async function emailVerifier(context: CommandContext, token: string): Promise<boolean> {
  const { trx } = context;
  const used = await emailTokenConsumer(trx, { token, purpose: 'verify_email', now: context.now });
  if (!used) return false;
  await trx
    .updateTable('users')
    .set({ emailVerifiedAt: context.now.toISOString() })
    .where('id', '=', used.userId)
    .where('emailVerifiedAt', 'is', null)
    .execute();
  await auditRecorder(
    trx,
    {
      actorId: used.userId,
      action: 'user.email_verified',
      entityType: 'user',
      entityId: String(used.userId),
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
  return true;
}
