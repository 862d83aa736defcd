import { auditRecorder } from '../../platform/audit/recorder.ts';
import { invalid } from '../../platform/domainError.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';
import type { RequestContext } from './context.ts';
import { emailTokenIssuer } from './emailTokens.ts';
import { verifyPassword } from './passwords.ts';
import { checkEmail, type FieldErrors, normaliseEmail } from './validation.ts';

/** Starts a change of address: the current password proves it is the owner, a link proves the new address. */
export async function emailChangeRequester(
  context: RequestContext,
  props: { userId: number; newEmail: unknown; currentPassword: unknown },
): Promise<void> {
  const newEmail = normaliseEmail(props.newEmail);
  const password = typeof props.currentPassword === 'string' ? props.currentPassword : '';
  const errors: FieldErrors = {};
  checkEmail(errors, 'newEmail', newEmail);
  const user = await context.db
    .selectFrom('users')
    .select(['email', 'name', 'passwordHash'])
    .where('id', '=', props.userId)
    .executeTakeFirstOrThrow();
  if (!password) errors.currentPassword = 'field.passwordRequired';
  else if (!(await verifyPassword(user.passwordHash, password)))
    errors.currentPassword = 'field.passwordWrong';
  if (!errors.newEmail) {
    const taken = await context.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', newEmail)
      .executeTakeFirst();
    if (taken) errors.newEmail = 'field.emailTaken';
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);

  await context.db.transaction().execute(async (trx) => {
    const token = await emailTokenIssuer(trx, {
      userId: props.userId,
      purpose: 'change_email',
      now: context.now,
      newEmail,
    });
    const link = `${context.baseUrl}/konto/email/potwierdz?${new URLSearchParams({ token })}`;
    await mailEnqueuer(
      trx,
      {
        to: newEmail,
        locale: context.locale,
        template: 'emailChange',
        params: { name: user.name, link, newEmail },
      },
      context.now,
    );
    await auditRecorder(
      trx,
      {
        actorId: props.userId,
        action: 'user.email_change_requested',
        entityType: 'user',
        entityId: String(props.userId),
        summary: { before: { email: user.email }, after: { email: newEmail } },
        requestId: context.requestId,
        ip: context.ip,
      },
      context.now,
    );
  });
}
