import type { Kysely, Transaction } from 'kysely';
import { reusableQuery } from '../../db/reusableQuery.ts';
import type { Database } from '../../db/schema.ts';
import { randomToken, sha256 } from '../../platform/secrets.ts';
import { type Actor, effectiveRoles } from './actor.ts';
import type { Role } from './roles.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Personal tokens start with a recognisable prefix, so leaked ones can be found by secret scanners. */
export const TOKEN_PREFIX = 'pk_';

/**
 * Creates a named personal API token; the plain value is returned once and stored only hashed.
 * `twoFactorProven`: its creator proved a second factor just now (a TOTP code, or a verified session);
 * only then may the token ever use a role that needs one.
 */
export async function apiTokenCreator(
  db: Kysely<Database>,
  props: { userId: number; name: string; now: Date; twoFactorProven: boolean },
) {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const row = await db
    .insertInto('apiTokens')
    .values({
      userId: props.userId,
      name: props.name,
      tokenHash: sha256(token),
      createdAt: props.now.toISOString(),
      twoFactorAt: props.twoFactorProven ? props.now.toISOString() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

// The token, its owner and the owner's roles (a row per role) in one query: every API call asks it.
const tokenWithRoles = reusableQuery((db: Kysely<Database>, tokenHash: string) =>
  db
    .selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .leftJoin('userRoles', 'userRoles.userId', 'users.id')
    .select([
      'apiTokens.id',
      'apiTokens.lastUsedAt',
      'apiTokens.twoFactorAt',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.totpEnabledAt',
      'userRoles.role',
    ])
    .where('apiTokens.tokenHash', '=', tokenHash)
    .where('apiTokens.revokedAt', 'is', null),
);

/**
 * The actor behind a bearer token, or null. A token carries only the rights proven when it was made:
 * the roles that need a second factor work through it only when its creator proved one then, under
 * the owner's current TOTP set-up (a token made before two-step verification was switched on stays a
 * plain user's token).
 */
export async function actorFromApiToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const rows = await tokenWithRoles(db, sha256(token));
  const row = rows[0];
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > 60_000) {
    await db
      .updateTable('apiTokens')
      .set({ lastUsedAt: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  const held = rows.flatMap((r) => (r.role === null ? [] : [r.role as Role]));
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    ...effectiveRoles(held, provedSecondFactor(row.twoFactorAt, row.totpEnabledAt)),
    via: 'token',
  };
}

function provedSecondFactor(tokenTwoFactorAt: string | null, totpEnabledAt: string | null): boolean {
  if (tokenTwoFactorAt === null || totpEnabledAt === null) return false;
  return new Date(tokenTwoFactorAt).getTime() >= new Date(totpEnabledAt).getTime();
}

/** Revokes every live token of a person (when two-step verification is switched off). */
export async function apiTokensRevoker(db: Db, props: { userId: number; now: Date }): Promise<number> {
  const result = await db
    .updateTable('apiTokens')
    .set({ revokedAt: props.now.toISOString() })
    .where('userId', '=', props.userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function apiTokenRevoker(
  db: Kysely<Database>,
  props: { userId: number; tokenId: number; now: Date },
) {
  const result = await db
    .updateTable('apiTokens')
    .set({ revokedAt: props.now.toISOString() })
    .where('id', '=', props.tokenId)
    .where('userId', '=', props.userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listApiTokens(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('apiTokens')
    .select(['id', 'name', 'createdAt', 'lastUsedAt', 'revokedAt'])
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .execute();
}
