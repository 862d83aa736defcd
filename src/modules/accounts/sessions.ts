import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { randomToken, sha256 } from '../../platform/secrets.ts';
import { type Actor, effectiveRoles } from './actor.ts';
import type { Role } from './roles.ts';

export const SESSION_COOKIE = 'sid';
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

type Db = Kysely<Database> | Transaction<Database>;

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** Starts a session for a user: a new random id every time (sign-in and privilege change rotate it). */
export async function sessionStarter(
  db: Db,
  props: { userId: number; now: Date; ip?: string; userAgent?: string; twoFactorVerified?: boolean },
): Promise<NewSession> {
  const token = randomToken();
  const expiresAt = new Date(props.now.getTime() + ABSOLUTE_TIMEOUT_MS);
  const now = props.now.toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      userId: props.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: expiresAt.toISOString(),
      twoFactorAt: props.twoFactorVerified ? now : null,
      ip: props.ip ?? null,
      userAgent: props.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

export interface SessionActor {
  /** null while the person has TOTP on but has not yet given a code in this session. */
  actor: Actor | null;
  sessionId: string;
  userId: number;
  awaitingTwoFactor: boolean;
}

/** The actor behind a session cookie, or null when it is unknown, idle too long or past its end. */
export async function actorFromSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<SessionActor | null> {
  const id = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id',
      'sessions.lastSeenAt',
      'sessions.expiresAt',
      'sessions.twoFactorAt',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.totpEnabledAt',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const idleSince = now.getTime() - new Date(row.lastSeenAt).getTime();
  if (idleSince > IDLE_TIMEOUT_MS || now.getTime() >= new Date(row.expiresAt).getTime()) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  if (idleSince > TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ lastSeenAt: now.toISOString() }).where('id', '=', id).execute();
  }
  const awaitingTwoFactor = row.totpEnabledAt !== null && row.twoFactorAt === null;
  if (awaitingTwoFactor) return { sessionId: id, userId: row.userId, awaitingTwoFactor, actor: null };
  const held = await rolesOf(db, row.userId);
  return {
    sessionId: id,
    userId: row.userId,
    awaitingTwoFactor,
    actor: {
      userId: row.userId,
      email: row.email,
      name: row.name,
      ...effectiveRoles(held, row.twoFactorAt !== null),
      via: 'session',
    },
  };
}

export async function rolesOf(db: Db, userId: number): Promise<Role[]> {
  const rows = await db.selectFrom('userRoles').select('role').where('userId', '=', userId).execute();
  return rows.map((row) => row.role as Role);
}

/** Whether the session's person proved a second factor in it (a token made from it may carry that). */
export async function sessionTwoFactorProven(db: Db, sessionId: string | null): Promise<boolean> {
  if (sessionId === null) return false;
  const row = await db
    .selectFrom('sessions')
    .select('twoFactorAt')
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row?.twoFactorAt != null;
}

export async function sessionEnder(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user (after a password reset or role change), except one if given. */
export async function sessionsRevoker(db: Db, userId: number, except?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (except) query = query.where('id', '!=', except);
  await query.execute();
}

export async function listSessions(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('sessions')
    .select(['id', 'createdAt', 'lastSeenAt', 'ip', 'userAgent'])
    .where('userId', '=', userId)
    .orderBy('lastSeenAt', 'desc')
    .execute();
}
