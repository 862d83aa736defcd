import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { invalid } from '../../platform/domainError.ts';
import { emailTokenIssuer } from './emailTokens.ts';
import { verifyPassword } from './passwords.ts';
import { accountAudit } from './twoFactor.ts';
import { checkEmail, type FieldErrors, normaliseEmail } from './validation.ts';

/**
 * Checks a requested change of address before any transaction opens: the current password (~65 ms
 * to verify) proves it is the owner, and the new address must be free. Refuses by field; gives the
 * new address, normalised.
 */
export async function emailChangeChecker(
  db: Kysely<Database>,
  props: { userId: number; newEmail: unknown; currentPassword: unknown },
): Promise<string> {
  const newEmail = normaliseEmail(props.newEmail);
  const password = typeof props.currentPassword === 'string' ? props.currentPassword : '';
  const errors: FieldErrors = {};
  checkEmail(errors, 'newEmail', newEmail);
  const user = await db
    .selectFrom('users')
    .select('passwordHash')
    .where('id', '=', props.userId)
    .executeTakeFirstOrThrow();
  if (!password) errors.currentPassword = 'field.passwordRequired';
  else if (!(await verifyPassword(user.passwordHash, password)))
    errors.currentPassword = 'field.passwordWrong';
  if (!errors.newEmail) {
    const taken = await db.selectFrom('users').select('id').where('email', '=', newEmail).executeTakeFirst();
    if (taken) errors.newEmail = 'field.emailTaken';
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return newEmail;
}

/** Starts a change of address checked by `emailChangeChecker`: a link sent to it proves the new address. */
export async function emailChangeRequester(
  context: CommandContext,
  props: { userId: number; newEmail: string },
): Promise<void> {
  const { trx } = context;
  const { userId, newEmail } = props;
  const user = await trx
    .selectFrom('users')
    .select(['email', 'name'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const token = await emailTokenIssuer(trx, { userId, purpose: 'change_email', now: context.now, newEmail });
  const link = `${context.baseUrl}/konto/email/potwierdz?${new URLSearchParams({ token })}`;
  await context.services.mail({
    to: newEmail,
    locale: context.locale,
    template: 'emailChange',
    params: { name: user.name, link, newEmail },
  });
  await accountAudit(trx, context, userId, {
    action: 'user.email_change_requested',
    summary: { before: { email: user.email }, after: { email: newEmail } },
  });
}
