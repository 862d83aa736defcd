import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface MemberCountRecalculatorProps {
  db: Kysely<Database> | Transaction<Database>;
  /** The clusters whose memberships changed; every cluster when left out. */
  clusterIds?: readonly number[];
}

/**
 * Sets clusters.member_count to the number of current memberships (those with no leaving date).
 * The count is derived, never entered: call this in the transaction of every membership change.
 */
export async function memberCountRecalculator({
  db,
  clusterIds,
}: MemberCountRecalculatorProps): Promise<void> {
  if (clusterIds?.length === 0) return;
  let update = db.updateTable('clusters').set((eb) => ({
    memberCount: eb
      .selectFrom('memberships')
      .select((inner) => inner.fn.countAll<number>().as('n'))
      .whereRef('memberships.clusterId', '=', 'clusters.id')
      .where('memberships.leftOn', 'is', null),
  }));
  if (clusterIds) update = update.where('clusters.id', 'in', clusterIds);
  await update.execute();
}
