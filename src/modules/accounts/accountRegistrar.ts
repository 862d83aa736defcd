import type { CommandContext } from '../../platform/commandContext.ts';
import { invalid } from '../../platform/domainError.ts';
import { nameProblem } from '../../platform/text.ts';
import { emailTokenIssuer } from './emailTokens.ts';
import { hashPassword } from './passwords.ts';
import { accountAudit } from './twoFactor.ts';
import { checkEmail, checkNewPassword, type FieldErrors, normaliseEmail, text } from './validation.ts';

/** A registration form found valid, its password already hashed. */
export interface Registration {
  name: string;
  email: string;
  passwordHash: string;
}

/**
 * Checks the form and hashes the password (~65 ms) before any transaction opens, so the request's
 * transaction is not held while it hashes. Refuses by field.
 */
export async function registrationPreparer(
  /** As posted: name, email, password and passwordRepeat. */
  form: Readonly<Record<string, unknown>>,
): Promise<Registration> {
  const name = text(form.name);
  const email = normaliseEmail(form.email);
  const password = typeof form.password === 'string' ? form.password : '';
  const repeat = typeof form.passwordRepeat === 'string' ? form.passwordRepeat : '';
  const errors: FieldErrors = {};
  if (!name) errors.name = 'field.nameRequired';
  else if (name.length > 120) errors.name = 'field.nameTooLong';
  else if (nameProblem(name, 120)) errors.name = 'validation.nameMarkup';
  checkEmail(errors, 'email', email);
  await checkNewPassword(errors, { field: 'password', password, repeat, personal: [name, email] });
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return { name, email, passwordHash: await hashPassword(password) };
}

/**
 * Self-registration: an unverified account with the role "user", in the language of the page, and a
 * verification link by e-mail. An address that already has an account gets the same answer and no new
 * account, so the form does not tell strangers who is registered.
 */
export async function accountRegistrar(context: CommandContext, registration: Registration): Promise<void> {
  const { trx } = context;
  const { name, email, passwordHash } = registration;
  const existing = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) return;
  const now = context.now.toISOString();
  const user = await trx
    .insertInto('users')
    .values({
      email,
      name,
      passwordHash,
      emailVerifiedAt: null,
      locale: context.locale,
      createdAt: now,
      passwordChangedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('userRoles').values({ userId: user.id, role: 'user', grantedAt: now }).execute();
  const token = await emailTokenIssuer(trx, { userId: user.id, purpose: 'verify_email', now: context.now });
  const link = `${context.baseUrl}/konto/weryfikacja?${new URLSearchParams({ token })}`;
  await context.services.mail({
    to: email,
    locale: context.locale,
    template: 'accountVerify',
    params: { name, link },
  });
  await accountAudit(trx, context, user.id, {
    action: 'user.registered',
    summary: { after: { email, name } },
  });
}
