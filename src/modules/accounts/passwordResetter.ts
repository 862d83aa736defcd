import { auditRecorder } from '../../platform/audit/recorder.ts';
import { DomainError, invalid } from '../../platform/domainError.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';
import type { RequestContext } from './context.ts';
import { emailTokenConsumer } from './emailTokens.ts';
import { hashPassword } from './passwords.ts';
import { sessionsRevoker } from './sessions.ts';
import { checkNewPassword, type FieldErrors } from './validation.ts';

/**
 * Sets a new password from a reset link, ends every session of the account and tells its owner.
 * A weak password is refused by field; a link that is unknown, used or expired by `link_invalid`.
 */
export async function passwordResetter(
  context: RequestContext,
  props: { token: string; password: string; passwordRepeat: string },
): Promise<void> {
  const errors: FieldErrors = {};
  await checkNewPassword(errors, {
    field: 'password',
    password: props.password,
    repeat: props.passwordRepeat,
    personal: [],
  });
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const passwordHash = await hashPassword(props.password);
  await context.db.transaction().execute(async (trx) => {
    const used = await emailTokenConsumer(trx, {
      token: props.token,
      purpose: 'reset_password',
      now: context.now,
    });
    if (!used) throw new DomainError('invalid', 'link_invalid', 'account.linkInvalid');
    const user = await trx
      .selectFrom('users')
      .select(['email', 'name'])
      .where('id', '=', used.userId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('users')
      .set({ passwordHash, passwordChangedAt: context.now.toISOString() })
      .where('id', '=', used.userId)
      .execute();
    await sessionsRevoker(trx, used.userId);
    await mailEnqueuer(
      trx,
      { to: user.email, locale: context.locale, template: 'passwordChanged', params: { name: user.name } },
      context.now,
    );
    await auditRecorder(
      trx,
      {
        actorId: used.userId,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: String(used.userId),
        requestId: context.requestId,
        ip: context.ip,
      },
      context.now,
    );
  });
}
