import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { MemberChange } from './memberChange.ts';

export interface PendingChange {
  id: number;
  clusterId: number;
  clusterName: string;
  clusterSlug: string;
  requestedByName: string | null;
  createdAt: string;
  change: MemberChange;
}

function pendingChanges(db: Kysely<Database>) {
  return db
    .selectFrom('memberChanges')
    .innerJoin('clusters', 'clusters.id', 'memberChanges.clusterId')
    .leftJoin('users', 'users.id', 'memberChanges.requestedBy')
    .select([
      'memberChanges.id',
      'memberChanges.clusterId',
      'clusters.name as clusterName',
      'clusters.slug as clusterSlug',
      'users.name as requestedByName',
      'memberChanges.createdAt',
      'memberChanges.change',
    ])
    .where('memberChanges.status', '=', 'pending')
    .orderBy('memberChanges.id');
}

const parsed = (row: Omit<PendingChange, 'change'> & { change: string }): PendingChange => ({
  ...row,
  change: JSON.parse(row.change) as MemberChange,
});

/** Member-list changes waiting for an operator, oldest first. */
export async function allPendingChanges(db: Kysely<Database>): Promise<PendingChange[]> {
  return (await pendingChanges(db).execute()).map(parsed);
}

export async function pendingChangesOf(db: Kysely<Database>, clusterId: number): Promise<PendingChange[]> {
  return (await pendingChanges(db).where('memberChanges.clusterId', '=', clusterId).execute()).map(parsed);
}
