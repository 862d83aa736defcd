import type { CommandContext } from '../../platform/commandContext.ts';
import { invalid } from '../../platform/domainError.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { sessionsRevoker } from './sessions.ts';
import { checkNewPassword, type FieldErrors } from './validation.ts';

export interface PasswordChange {
  userId: number;
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
  /** The session the change is made from: it stays; every other one ends. */
  keepSessionId: string | null;
}

/**
 * Changes a signed-in person's password: the current one proves it is them, the new one passes the
 * same strength rules as at sign-up (argon2id). Every other session ends, the change is audited and
 * the owner is mailed in their own language. Refused with field messages (`currentPassword`,
 * `newPassword`, `newPasswordRepeat`).
 */
export async function passwordChanger(context: CommandContext, props: PasswordChange): Promise<void> {
  const { trx } = context;
  const user = await trx
    .selectFrom('users')
    .select(['email', 'name', 'locale', 'passwordHash'])
    .where('id', '=', props.userId)
    .executeTakeFirstOrThrow();
  const errors: FieldErrors = {};
  if (!props.currentPassword) errors.currentPassword = 'field.passwordRequired';
  else if (!(await verifyPassword(user.passwordHash, props.currentPassword)))
    errors.currentPassword = 'field.passwordWrong';
  await checkNewPassword(errors, {
    field: 'newPassword',
    password: props.newPassword,
    repeat: props.newPasswordRepeat,
    personal: [user.email, user.name],
  });
  if (!errors.newPassword && !errors.currentPassword && props.newPassword === props.currentPassword)
    errors.newPassword = 'field.passwordUnchanged';
  if (Object.keys(errors).length > 0) throw invalid(errors);

  await trx
    .updateTable('users')
    .set({
      passwordHash: await hashPassword(props.newPassword),
      passwordChangedAt: context.now.toISOString(),
    })
    .where('id', '=', props.userId)
    .execute();
  await sessionsRevoker(trx, props.userId, props.keepSessionId ?? undefined);
  await context.services.mail({
    to: user.email,
    locale: user.locale,
    template: 'passwordChanged',
    params: { name: user.name },
  });
  await context.services.audit({
    action: 'user.password_changed',
    entityType: 'user',
    entityId: String(props.userId),
  });
}
