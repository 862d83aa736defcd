import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { toRoman } from '../../platform/roman.ts';
import type { Locale } from '../../platform/time.ts';
import { indexDocument, removeDocumentsOfKind } from '../search/documents.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The kind of the documents the KKK status registry hands to portal-wide search. */
export const STATUS_DOCUMENT = 'kkkStatus';

// The registry of statuses is public (the KKK page lists every status, whatever its state), so every
// status is a public document; it leads to its cluster's profile while that is published.
const WORDING: Record<Locale, { title: string; text: (round: string, year: string) => string }> = {
  pl: {
    title: 'Status Krajowego Klastra Kluczowego',
    text: (round, year) => `Krajowy Klaster Kluczowy KKK, status nadany w rundzie ${round}${year}`,
  },
  en: {
    title: 'National Key Cluster status',
    text: (round, year) => `National Key Cluster (KKK) status granted in round ${round}${year}`,
  },
};

/** Hands search one document per language for each status of these clusters (after any change to them). */
export async function statusDocumentIndexer(db: Db, clusterIds: readonly number[]): Promise<void> {
  if (clusterIds.length === 0) return;
  const rows = await db
    .selectFrom('kkkStatuses')
    .innerJoin('clusters', 'clusters.id', 'kkkStatuses.clusterId')
    .leftJoin('organisations', 'organisations.id', 'kkkStatuses.representedById')
    .select([
      'kkkStatuses.id',
      'kkkStatuses.roundNumber',
      'kkkStatuses.roundYear',
      'kkkStatuses.documentNumber',
      'clusters.slug',
      'clusters.name',
      'clusters.status',
      'organisations.name as representedBy',
    ])
    .where('kkkStatuses.clusterId', 'in', clusterIds)
    .execute();
  for (const row of rows) {
    for (const locale of ['pl', 'en'] as const) {
      const wording = WORDING[locale];
      const year = row.roundYear ? ` (${row.roundYear})` : '';
      await indexDocument(db, {
        kind: STATUS_DOCUMENT,
        id: row.id,
        title: `${wording.title}: ${row.name}`,
        text: [wording.text(toRoman(row.roundNumber), year), row.representedBy, row.documentNumber]
          .filter(Boolean)
          .join('. '),
        url: row.status === 'published' ? `/klastry/${row.slug}` : '/krajowe-klastry-kluczowe',
        locale,
        visibility: 'public',
      });
    }
  }
}

/** Rebuilds every status's documents (the status registry's search source); returns how many statuses. */
export async function statusReindexer(db: Kysely<Database>): Promise<number> {
  const clusters = await db.selectFrom('kkkStatuses').select('clusterId').distinct().execute();
  const ids = clusters.map((row) => row.clusterId);
  await db.transaction().execute(async (trx) => {
    await removeDocumentsOfKind(trx, STATUS_DOCUMENT);
    for (let start = 0; start < ids.length; start += 500)
      await statusDocumentIndexer(trx, ids.slice(start, start + 500));
  });
  const { n } = await db
    .selectFrom('kkkStatuses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
