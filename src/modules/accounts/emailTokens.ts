import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { randomToken, sha256 } from '../../platform/secrets.ts';
import type { EmailTokenPurpose } from './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

/** A single-use link secret for an e-mail; only its hash is stored. Earlier unused ones are voided. */
export async function emailTokenIssuer(
  db: Db,
  props: { userId: number; purpose: EmailTokenPurpose; now: Date; newEmail?: string },
): Promise<string> {
  const token = randomToken();
  const now = props.now.toISOString();
  await db
    .updateTable('emailTokens')
    .set({ usedAt: now })
    .where('userId', '=', props.userId)
    .where('purpose', '=', props.purpose)
    .where('usedAt', 'is', null)
    .execute();
  await db
    .insertInto('emailTokens')
    .values({
      userId: props.userId,
      purpose: props.purpose,
      tokenHash: sha256(token),
      newEmail: props.newEmail ?? null,
      createdAt: now,
      expiresAt: new Date(props.now.getTime() + TOKEN_LIFETIME_MS[props.purpose]).toISOString(),
    })
    .execute();
  return token;
}

/** Uses a link secret once: returns its user (and new e-mail) or null if unknown, used or expired. */
export async function emailTokenConsumer(
  db: Db,
  props: { token: string; purpose: EmailTokenPurpose; now: Date },
): Promise<{ userId: number; newEmail: string | null } | null> {
  const now = props.now.toISOString();
  const row = await db
    .selectFrom('emailTokens')
    .select(['id', 'userId', 'newEmail'])
    .where('tokenHash', '=', sha256(props.token))
    .where('purpose', '=', props.purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const used = await db
    .updateTable('emailTokens')
    .set({ usedAt: now })
    .where('id', '=', row.id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1 ? { userId: row.userId, newEmail: row.newEmail } : null;
}
