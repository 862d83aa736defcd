import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { searchableText } from '../../platform/text.ts';
import { clusterDocumentIndexer } from './clusterDocuments.ts';

export interface SearchTextRefresherProps {
  db: Kysely<Database> | Transaction<Database>;
  clusterIds: readonly number[];
}

/**
 * Rebuilds the folded search column of some clusters from their name, their coordinator's name and
 * city, and their descriptions, and hands the same to portal-wide search (the registry's list keeps
 * filtering on its own column: one indexed table, as fast as before). Call it in the transaction of
 * any change to one of those, or to a cluster's publication.
 */
export async function searchTextRefresher({ db, clusterIds }: SearchTextRefresherProps): Promise<void> {
  if (clusterIds.length === 0) return;
  const rows = await db
    .selectFrom('clusters')
    .leftJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
    .select([
      'clusters.id',
      'clusters.name',
      'clusters.descriptionPl',
      'clusters.descriptionEn',
      'organisations.name as coordinatorName',
      'organisations.city',
    ])
    .where('clusters.id', 'in', clusterIds)
    .execute();
  for (const row of rows) {
    const searchText = searchableText(
      row.name,
      row.coordinatorName,
      row.city,
      row.descriptionPl,
      row.descriptionEn,
    );
    await db.updateTable('clusters').set({ searchText }).where('id', '=', row.id).execute();
  }
  await clusterDocumentIndexer(db, clusterIds);
}
