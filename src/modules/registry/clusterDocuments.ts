import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../../platform/time.ts';
import { indexDocument, removeDocument, removeDocumentsOfKind } from '../search/documents.ts';
import { statusDocumentIndexer } from '../statuses/statusDocuments.ts';
import { CLUSTER_DOCUMENT, PUBLISHED } from './clusterSearch.ts';

type Db = Kysely<Database> | Transaction<Database>;

export { CLUSTER_DOCUMENT };

/**
 * Hands portal-wide search one document per language for each published cluster (its name,
 * coordinator, city and that language's description) and withdraws those of clusters not public.
 */
export async function clusterDocumentIndexer(db: Db, clusterIds: readonly number[]): Promise<void> {
  if (clusterIds.length === 0) return;
  const rows = await db
    .selectFrom('clusters')
    .leftJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
    .select([
      'clusters.id',
      'clusters.slug',
      'clusters.name',
      'clusters.status',
      'clusters.descriptionPl',
      'clusters.descriptionEn',
      'organisations.name as coordinatorName',
      'organisations.city',
    ])
    .where('clusters.id', 'in', clusterIds)
    .execute();
  for (const row of rows) {
    if (row.status !== PUBLISHED) {
      await removeDocument(db, CLUSTER_DOCUMENT, row.id);
      continue;
    }
    const descriptions: Record<Locale, string | null> = { pl: row.descriptionPl, en: row.descriptionEn };
    for (const locale of ['pl', 'en'] as const) {
      await indexDocument(db, {
        kind: CLUSTER_DOCUMENT,
        id: row.id,
        title: row.name,
        text: [row.coordinatorName, row.city, descriptions[locale]].filter(Boolean).join(' '),
        url: `/klastry/${row.slug}`,
        locale,
        visibility: 'public',
      });
    }
  }
  // A status's document names its cluster and leads to its profile while that is published.
  await statusDocumentIndexer(db, clusterIds);
}

/** Rebuilds every cluster's documents (the registry's search source); returns how many clusters. */
export async function clusterReindexer(db: Kysely<Database>): Promise<number> {
  const ids = (await db.selectFrom('clusters').select('id').execute()).map((row) => row.id);
  await db.transaction().execute(async (trx) => {
    await removeDocumentsOfKind(trx, CLUSTER_DOCUMENT);
    for (let start = 0; start < ids.length; start += 500) {
      await clusterDocumentIndexer(trx, ids.slice(start, start + 500));
    }
  });
  return ids.length;
}
