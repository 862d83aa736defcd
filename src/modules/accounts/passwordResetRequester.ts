import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';
import { emailTokenIssuer, TOKEN_LIFETIME_MS } from './emailTokens.ts';

/** Sends a reset link to a confirmed account's address; says nothing about whether one exists. */
export async function passwordResetRequester(context: CommandContext, email: string): Promise<void> {
  const { trx } = context;
  const user = await trx
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', '=', email)
    .where('emailVerifiedAt', 'is not', null)
    .executeTakeFirst();
  if (!user) return;
  const token = await emailTokenIssuer(trx, {
    userId: user.id,
    purpose: 'reset_password',
    now: context.now,
  });
  const link = `${context.baseUrl}/konto/haslo/nowe?${new URLSearchParams({ token })}`;
  const validMinutes = TOKEN_LIFETIME_MS.reset_password / 60_000;
  await mailEnqueuer(
    trx,
    {
      to: user.email,
      locale: context.locale,
      template: 'passwordReset',
      params: { name: user.name, link, validMinutes },
    },
    context.now,
  );
  await auditRecorder(
    trx,
    {
      actorId: null,
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: String(user.id),
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
}
