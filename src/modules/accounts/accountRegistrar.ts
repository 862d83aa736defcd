import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { invalid } from '../../platform/domainError.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';
import { nameProblem } from '../../platform/text.ts';
import type { Locale } from '../../platform/time.ts';
import { emailTokenIssuer } from './emailTokens.ts';
import { hashPassword } from './passwords.ts';
import { checkEmail, checkNewPassword, type FieldErrors, normaliseEmail, text } from './validation.ts';

export interface RegistrationForm {
  name: unknown;
  email: unknown;
  password: unknown;
  passwordRepeat: unknown;
}

/**
 * Self-registration: an unverified account with the role "user" and a verification link by e-mail.
 * An address that already has an account gets the same answer and no new account, so the form does
 * not tell strangers who is registered.
 */
export async function accountRegistrar(props: {
  db: Kysely<Database>;
  now: Date;
  form: RegistrationForm;
  locale: Locale;
  baseUrl: string;
  requestId: string;
  ip: string;
}): Promise<void> {
  const name = text(props.form.name);
  const email = normaliseEmail(props.form.email);
  const password = typeof props.form.password === 'string' ? props.form.password : '';
  const repeat = typeof props.form.passwordRepeat === 'string' ? props.form.passwordRepeat : '';
  const errors: FieldErrors = {};
  if (!name) errors.name = 'field.nameRequired';
  else if (name.length > 120) errors.name = 'field.nameTooLong';
  else if (nameProblem(name, 120)) errors.name = 'validation.nameMarkup';
  checkEmail(errors, 'email', email);
  await checkNewPassword(errors, { field: 'password', password, repeat, personal: [name, email] });
  if (Object.keys(errors).length > 0) throw invalid(errors);

  const passwordHash = await hashPassword(password);
  const now = props.now.toISOString();
  await props.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (existing) return;
    const user = await trx
      .insertInto('users')
      .values({
        email,
        name,
        passwordHash,
        emailVerifiedAt: null,
        locale: props.locale,
        createdAt: now,
        passwordChangedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('userRoles').values({ userId: user.id, role: 'user', grantedAt: now }).execute();
    const token = await emailTokenIssuer(trx, { userId: user.id, purpose: 'verify_email', now: props.now });
    const link = `${props.baseUrl}/konto/weryfikacja?${new URLSearchParams({ token })}`;
    await mailEnqueuer(
      trx,
      { to: email, locale: props.locale, template: 'accountVerify', params: { name, link } },
      props.now,
    );
    await auditRecorder(
      trx,
      {
        actorId: user.id,
        action: 'user.registered',
        entityType: 'user',
        entityId: String(user.id),
        summary: { after: { email, name } },
        requestId: props.requestId,
        ip: props.ip,
      },
      props.now,
    );
  });
}
