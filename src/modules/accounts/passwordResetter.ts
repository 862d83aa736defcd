import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError, invalid } from '../../platform/domainError.ts';
import { emailTokenConsumer } from './emailTokens.ts';
import { hashPassword } from './passwords.ts';
import { sessionsRevoker } from './sessions.ts';
import { accountAudit } from './twoFactor.ts';
import { checkNewPassword, type FieldErrors } from './validation.ts';

/**
 * Checks a new password typed twice and hashes it (~65 ms) before any transaction opens. A weak
 * password is refused by field.
 */
export async function newPasswordHasher(props: {
  password: string;
  passwordRepeat: string;
}): Promise<string> {
  const errors: FieldErrors = {};
  await checkNewPassword(errors, {
    field: 'password',
    password: props.password,
    repeat: props.passwordRepeat,
    personal: [],
  });
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return hashPassword(props.password);
}

/**
 * Sets a new password (hashed by `newPasswordHasher`) from a reset link, ends every session of the
 * account and tells its owner. A link that is unknown, used or expired is refused by `link_invalid`.
 */
export async function passwordResetter(
  context: CommandContext,
  props: { token: string; passwordHash: string },
): Promise<void> {
  const { trx } = context;
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
    .set({ passwordHash: props.passwordHash, passwordChangedAt: context.now.toISOString() })
    .where('id', '=', used.userId)
    .execute();
  await sessionsRevoker(trx, used.userId);
  await context.services.mail({
    to: user.email,
    locale: context.locale,
    template: 'passwordChanged',
    params: { name: user.name },
  });
  await accountAudit(trx, context, used.userId, { action: 'user.password_reset' });
}
