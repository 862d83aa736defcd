import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * One e-mail waiting to be sent, sent, or given up on. Written in the transaction of the change that
 * caused it, so a mail exists exactly when that change committed.
 */
export interface MailOutboxTable {
  id: Generated<number>;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** The template it was rendered from, for the logs and for support; the bodies are already final. */
  template: string;
  createdAt: string;
  /** Not before this instant: the time it was queued, or the next retry after a failure. */
  sendAfter: string;
  attempts: Generated<number>;
  lastError: string | null;
  sentAt: string | null;
  /** Set after the last attempt failed; the row stays for inspection. */
  failedAt: string | null;
  /** While a worker is sending it; another worker may take it over only after this instant. */
  lockedUntil: string | null;
}

export type OutboxMail = Selectable<MailOutboxTable>;
export type NewOutboxMail = Insertable<MailOutboxTable>;
