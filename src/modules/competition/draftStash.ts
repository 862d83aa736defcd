import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { randomToken, sha256 } from '../../platform/secrets.ts';
import { type ApplicationForm, FORM_FIELDS, parseForm, pickFields } from './applicationForm.ts';

// A step posted after the session expired cannot be saved (nobody is signed in), but what was typed
// must not be lost: it is kept under a random token that only this browser gets (in a cookie), and put
// back into the draft once the person has signed in again and opens the step.

const KEEP_MS = 24 * 60 * 60 * 1000;
/** Anyone can post without a session: a few stashes per application bound what that can store. */
const MAX_PER_APPLICATION = 5;

export const STASH_COOKIE = 'wniosek_przywroc';

/** Keeps the posted answers of an existing application; returns the token for the cookie, or null. */
export async function draftStasher(
  db: Kysely<Database>,
  props: { applicationId: number; input: Record<string, unknown> },
  now: Date,
): Promise<string | null> {
  const application = await db
    .selectFrom('applications')
    .select('id')
    .where('id', '=', props.applicationId)
    .executeTakeFirst();
  const form = pickFields(props.input, FORM_FIELDS);
  if (!application || Object.keys(form).length === 0) return null;
  const token = randomToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('draftStashes')
      .values({
        tokenHash: sha256(token),
        applicationId: application.id,
        form: JSON.stringify(form),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + KEEP_MS).toISOString(),
      })
      .execute();
    const kept = await trx
      .selectFrom('draftStashes')
      .select('tokenHash')
      .where('applicationId', '=', application.id)
      .orderBy('createdAt', 'desc')
      .limit(MAX_PER_APPLICATION)
      .execute();
    await trx
      .deleteFrom('draftStashes')
      .where('applicationId', '=', application.id)
      .where(
        'tokenHash',
        'not in',
        kept.map((row) => row.tokenHash),
      )
      .execute();
  });
  return token;
}

/** The stashed answers for this application and token (once: the stash is deleted), or null. */
export async function stashTaker(
  db: Kysely<Database>,
  props: { applicationId: number; token: string },
  now: Date,
): Promise<ApplicationForm | null> {
  const tokenHash = sha256(props.token);
  const row = await db
    .deleteFrom('draftStashes')
    .where('tokenHash', '=', tokenHash)
    .where('applicationId', '=', props.applicationId)
    .where('expiresAt', '>', now.toISOString())
    .returning('form')
    .executeTakeFirst();
  return row ? parseForm(row.form) : null;
}

/** Deletes stashes past their day; idempotent, safe to run on two instances at once. */
export async function expiredStashesRemover(deps: { db: Kysely<Database>; clock: Clock }): Promise<number> {
  const result = await deps.db
    .deleteFrom('draftStashes')
    .where('expiresAt', '<=', deps.clock.now().toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
