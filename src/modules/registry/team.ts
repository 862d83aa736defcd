import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ClusterAccess } from '../../policies/registry.ts';
import type { Actor } from '../accounts/actor.ts';
import type { TeamRole } from './tables.ts';

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
