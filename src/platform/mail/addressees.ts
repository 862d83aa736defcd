import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../time.ts';
import { type MailRequest, mailEnqueuer } from './outbox.ts';
import type { MailParams, MailTemplateName } from './templates/index.ts';

/** Someone a mail goes to, with the language it is written in; `userId` null for a bare address. */
export interface MailAddressee {
  userId: number | null;
  email: string;
  name: string;
  locale: Locale;
}

/** Who caused the mail: a person reading the portal in a language right now gets it in that one. */
export interface MailedBy {
  userId: number | null;
  locale: Locale;
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** The language a mail to this person is written in. */
export function localeFor(person: MailAddressee, by?: MailedBy): Locale {
  return by && by.userId !== null && person.userId === by.userId ? by.locale : person.locale;
}

/**
 * Queues one mail per person, each in their language, every address once (case ignored); an address
 * that is not one is skipped. Returns how many mails were queued.
 */
export async function mailEach<K extends MailTemplateName>(
  db: Kysely<Database>,
  people: readonly MailAddressee[],
  template: K,
  params: (person: MailAddressee) => MailParams[K],
  now: Date,
  by?: MailedBy,
): Promise<number> {
  const seen = new Set<string>();
  for (const person of people) {
    const email = person.email.trim().toLowerCase();
    if (!ADDRESS.test(email) || seen.has(email)) continue;
    seen.add(email);
    const addressee = { ...person, email, locale: localeFor(person, by) };
    const request = { to: email, locale: addressee.locale, template, params: params(addressee) };
    await mailEnqueuer(db, request as MailRequest, now);
  }
  return seen.size;
}

/** People by user id with their language, for mail to named accounts (experts, a removed editor). */
export async function addresseesByIds(
  db: Kysely<Database>,
  userIds: readonly number[],
): Promise<MailAddressee[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id as userId', 'email', 'name', 'locale'])
    .where('id', 'in', [...userIds])
    .execute();
}
