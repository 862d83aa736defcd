import { randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { sha256 } from '../../platform/secrets.ts';

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: a code copied from paper must not be misread.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUP = 5;

/** One code: ten random characters in two groups, e.g. "k7m2p-xq9ra" (about 50 bits). */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: GROUP * 2 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, GROUP).join('')}-${chars.slice(GROUP).join('')}`;
}

/** The code as typed, without spaces, dashes or capitals: "K7M2P XQ9RA" is "k7m2pxq9ra". */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]+/g, '');
}

export function looksLikeRecoveryCode(typed: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${GROUP * 2}}$`).test(normaliseRecoveryCode(typed));
}

function recoveryCodeHash(typed: string): string {
  return sha256(normaliseRecoveryCode(typed));
}

/** Replaces every recovery code of a person with ten new ones; returns them (the only time they exist in clear). */
export async function recoveryCodesReplacer(
  trx: Transaction<Database>,
  userId: number,
  now: Date,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await trx.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
  await trx
    .insertInto('recoveryCodes')
    .values(
      codes.map((code) => ({
        userId,
        codeHash: recoveryCodeHash(code),
        usedAt: null,
        createdAt: now.toISOString(),
      })),
    )
    .execute();
  return codes;
}

/** Marks an unused code as used; false when it is unknown or was used before. One update, so two requests cannot both use it. */
export async function recoveryCodeConsumer(
  trx: Transaction<Database>,
  props: { userId: number; code: string; now: Date },
): Promise<boolean> {
  if (!looksLikeRecoveryCode(props.code)) return false;
  const result = await trx
    .updateTable('recoveryCodes')
    .set({ usedAt: props.now.toISOString() })
    .where('userId', '=', props.userId)
    .where('codeHash', '=', recoveryCodeHash(props.code))
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodeCount(
  db: Kysely<Database> | Transaction<Database>,
  userId: number,
): Promise<number> {
  const row = await db
    .selectFrom('recoveryCodes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('userId', '=', userId)
    .where('usedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
