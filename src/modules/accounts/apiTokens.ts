import type { Kysely } from 'kysely';
import { reusableQuery } from '../../db/reusableQuery.ts';
import type { Database } from '../../db/schema.ts';
import { randomToken, sha256 } from '../../platform/secrets.ts';
import { type Actor, effectiveRoles } from './actor.ts';
import type { Role } from './roles.ts';

/** Personal tokens start with a recognisable prefix, so leaked ones can be found by secret scanners. */
export const TOKEN_PREFIX = 'pk_';

/** Creates a named personal API token; the plain value is returned once and stored only hashed. */
export async function apiTokenCreator(
  db: Kysely<Database>,
  props: { userId: number; name: string; now: Date },
) {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const row = await db
    .insertInto('apiTokens')
    .values({
      userId: props.userId,
      name: props.name,
      tokenHash: sha256(token),
      createdAt: props.now.toISOString(),
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
 * The actor behind a bearer token, or null. Tokens carry their owner's roles; a token can be created
 * only after the second factor when the owner has TOTP, so privileged roles are usable through it
 * when the owner has TOTP enabled.
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
    ...effectiveRoles(held, row.totpEnabledAt !== null),
    via: 'token',
  };
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
