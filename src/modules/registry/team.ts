import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../../platform/time.ts';
import type { ClusterAccess } from '../../policies/registry.ts';
import type { Actor } from '../accounts/actor.ts';
import type { TeamRole } from './tables.ts';

export type { MailAddressee } from '../../platform/mail/addressees.ts';

/** The actor's place in a cluster's team, as the registry policies need it. */
export async function clusterAccessOf(
  db: Kysely<Database>,
  actor: Actor | null,
  clusterId: number,
): Promise<ClusterAccess> {
  if (actor === null) return { teamRole: null };
  const row = await db
    .selectFrom('clusterEditors')
    .select('role')
    .where('clusterId', '=', clusterId)
    .where('userId', '=', actor.userId)
    .executeTakeFirst();
  return { teamRole: row?.role ?? null };
}

/** Adds a person to a cluster's team (the owner when they register it); once per person. */
export async function teamMemberAdder(
  db: Kysely<Database> | Transaction<Database>,
  member: { clusterId: number; userId: number; role: TeamRole; addedBy: number | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('clusterEditors')
    .values({ ...member, createdAt: now })
    .onConflict((conflict) => conflict.columns(['clusterId', 'userId']).doNothing())
    .execute();
}

export interface TeamMember {
  userId: number;
  name: string;
  email: string;
  /** The language their mail is written in. */
  locale: Locale;
  role: TeamRole;
  createdAt: string;
}

/**
 * A cluster's team, to show it or to mail it: the owner first, then editors by the date they joined;
 * only the owner(s) when asked for that role.
 */
export async function teamOf(
  db: Kysely<Database> | Transaction<Database>,
  clusterId: number,
  role?: TeamRole,
): Promise<TeamMember[]> {
  let query = db
    .selectFrom('clusterEditors')
    .innerJoin('users', 'users.id', 'clusterEditors.userId')
    .select([
      'clusterEditors.userId',
      'users.name',
      'users.email',
      'users.locale',
      'clusterEditors.role',
      'clusterEditors.createdAt',
    ])
    .where('clusterEditors.clusterId', '=', clusterId);
  if (role !== undefined) query = query.where('clusterEditors.role', '=', role);
  const rows = await query.orderBy('clusterEditors.createdAt').orderBy('clusterEditors.userId').execute();
  return [...rows.filter((row) => row.role === 'owner'), ...rows.filter((row) => row.role !== 'owner')];
}
