import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { OutboxMail } from './tables.ts';
import type { MailTransport } from './transport.ts';

/** Waits after the 1st, 2nd, … failed attempt; one more failure after the last wait gives up. */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 720].map((minutes) => minutes * 60_000);
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** How long a claimed mail is left to its worker; far longer than the SMTP timeouts. */
export const CLAIM_MS = 10 * 60_000;
const BATCH_SIZE = 20;
const ERROR_LENGTH = 2000;

/** The part of pino's (and Fastify's) logger the worker uses. */
export interface MailLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface MailWorkerOptions {
  db: Kysely<Database>;
  transport: MailTransport;
  from: string;
  log: MailLog;
  batchSize?: number;
}

export type Outcome = 'sent' | 'retried' | 'failed';
export type RunSummary = Record<Outcome, number>;

export interface MailWorker {
  /** Sends the mail that is due at `now`; safe to run in several processes at once. */
  runOnce(now: Date): Promise<RunSummary>;
}

export function mailWorker(options: MailWorkerOptions): MailWorker {
  return { runOnce: (now) => runOnce(options, now) };
}

async function runOnce(options: MailWorkerOptions, now: Date): Promise<RunSummary> {
  const summary: RunSummary = { sent: 0, retried: 0, failed: 0 };
  for (const mail of await dueMail(options.db, now, options.batchSize ?? BATCH_SIZE)) {
    if (!(await claim(options.db, mail, now))) continue;
    summary[await deliver(options, mail, now)] += 1;
  }
  return summary;
}

function dueMail(db: Kysely<Database>, now: Date, limit: number): Promise<OutboxMail[]> {
  const at = now.toISOString();
  return db
    .selectFrom('mailOutbox')
    .selectAll()
    .where('sentAt', 'is', null)
    .where('failedAt', 'is', null)
    .where('sendAfter', '<=', at)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', at)]))
    .orderBy('sendAfter')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Takes the mail for this worker. The update only matches while the row is still as it was read
 * (unsent, unlocked, same attempt count), so of two workers reading the same row exactly one wins.
 */
async function claim(db: Kysely<Database>, mail: OutboxMail, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('mailOutbox')
    .set({ lockedUntil: new Date(now.getTime() + CLAIM_MS).toISOString() })
    .where('id', '=', mail.id)
    .where('attempts', '=', mail.attempts)
    .where('sentAt', 'is', null)
    .where('failedAt', 'is', null)
    .where('sendAfter', '<=', at)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', at)]))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

async function deliver(options: MailWorkerOptions, mail: OutboxMail, now: Date): Promise<Outcome> {
  const { id, toAddress: to, subject, textBody: text, htmlBody: html } = mail;
  try {
    await options.transport.send({ id, from: options.from, to, subject, text, html }, now);
  } catch (error) {
    return recordFailure(options, mail, error, now);
  }
  await options.db
    .updateTable('mailOutbox')
    .set({ sentAt: now.toISOString(), attempts: mail.attempts + 1, lockedUntil: null })
    .where('id', '=', id)
    .execute();
  options.log.info({ mailId: id, template: mail.template }, 'mail sent');
  return 'sent';
}

async function recordFailure(
  options: MailWorkerOptions,
  mail: OutboxMail,
  error: unknown,
  now: Date,
): Promise<Outcome> {
  const attempts = mail.attempts + 1;
  const lastError = describe(error);
  // The log names the mail, not its recipient: addresses stay in the database.
  const details = { mailId: mail.id, template: mail.template, attempts, error: lastError };
  const delay = RETRY_DELAYS_MS[attempts - 1];
  const update = options.db
    .updateTable('mailOutbox')
    .set({ attempts, lastError, lockedUntil: null })
    .where('id', '=', mail.id);
  if (attempts >= MAX_ATTEMPTS || delay === undefined) {
    await update.set({ failedAt: now.toISOString() }).execute();
    options.log.error(details, 'mail failed for good; it stays in the outbox with its last error');
    return 'failed';
  }
  const sendAfter = new Date(now.getTime() + delay).toISOString();
  await update.set({ sendAfter }).execute();
  options.log.warn({ ...details, sendAfter }, 'mail not sent; will retry');
  return 'retried';
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, ERROR_LENGTH);
}
