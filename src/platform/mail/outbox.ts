import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../time.ts';
import { type MailParams, type MailTemplateName, renderMail } from './templates/index.ts';

/** One mail to queue: the template decides which params it needs. */
export type MailRequest = {
  [K in MailTemplateName]: { to: string; locale: Locale; template: K; params: MailParams[K] };
}[MailTemplateName];

export class MailAddressError extends Error {
  override name = 'MailAddressError';
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/**
 * Renders the mail and queues it in the caller's transaction: pass the transaction of the change that
 * causes the mail, so the mail is sent exactly when that change commits. The worker sends it later.
 */
export async function mailEnqueuer(
  db: Kysely<Database>,
  request: MailRequest,
  now: Date,
): Promise<{ id: number }> {
  const to = request.to.trim();
  if (!ADDRESS.test(to)) throw new MailAddressError(`Not a single e-mail address: ${JSON.stringify(to)}`);
  const rendered = renderMail(request.locale, request.template, request.params);
  const queuedAt = now.toISOString();
  return db
    .insertInto('mailOutbox')
    .values({
      toAddress: to,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      template: request.template,
      createdAt: queuedAt,
      sendAfter: queuedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
