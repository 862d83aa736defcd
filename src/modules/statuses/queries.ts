import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface StatusHolder {
  roundNumber: number;
  roundYear: number | null;
  clusterSlug: string;
  clusterName: string;
  representedBy: string | null;
  documentDate: string | null;
  validUntil: string | null;
}

export interface RoundOfHolders {
  roundNumber: number;
  roundYear: number | null;
  holders: StatusHolder[];
}

const collator = new Intl.Collator('pl');

/** Every KKK status ever granted, grouped by round (newest round first), holders in Polish order. */
export async function listHoldersByRound(db: Kysely<Database>): Promise<RoundOfHolders[]> {
  const rows = await db
    .selectFrom('kkkStatuses')
    .innerJoin('clusters', 'clusters.id', 'kkkStatuses.clusterId')
    .leftJoin('organisations', 'organisations.id', 'kkkStatuses.representedById')
    .select([
      'kkkStatuses.roundNumber',
      'kkkStatuses.roundYear',
      'kkkStatuses.documentDate',
      'kkkStatuses.validUntil',
      'clusters.slug as clusterSlug',
      'clusters.name as clusterName',
      'organisations.name as representedBy',
    ])
    .orderBy('kkkStatuses.roundNumber', 'desc')
    .execute();
  const rounds = new Map<number, RoundOfHolders>();
  for (const row of rows) {
    const round = rounds.get(row.roundNumber) ?? {
      roundNumber: row.roundNumber,
      roundYear: row.roundYear,
      holders: [],
    };
    round.holders.push(row);
    rounds.set(row.roundNumber, round);
  }
  for (const round of rounds.values())
    round.holders.sort((a, b) => collator.compare(a.clusterName, b.clusterName));
  return [...rounds.values()];
}

export async function statusesOfCluster(db: Kysely<Database>, clusterId: number) {
  return db
    .selectFrom('kkkStatuses')
    .select(['roundNumber', 'roundYear', 'documentNumber', 'documentDate', 'validUntil'])
    .where('clusterId', '=', clusterId)
    .orderBy('roundNumber')
    .execute();
}

/**
 * The clusters holding KKK status on a calendar day (YYYY-MM-DD, Warsaw), as a subquery for
 * `where('clusters.id', 'in', …)`. A status counts while its end of validity is known and not
 * past; a status whose end is not known (such as round I's, granted in 2015 for three years from a
 * document date nobody recorded) is shown on the profile but never counts as held now.
 */
export function clustersHoldingStatusOn(db: Kysely<Database>, day: string) {
  return db
    .selectFrom('kkkStatuses')
    .select('kkkStatuses.clusterId')
    .where('kkkStatuses.validUntil', '>=', day);
}

/** Which of these clusters hold KKK status on the day. */
export async function holdersAmong(db: Kysely<Database>, clusterIds: readonly number[], day: string) {
  if (clusterIds.length === 0) return new Set<number>();
  const rows = await clustersHoldingStatusOn(db, day)
    .where('kkkStatuses.clusterId', 'in', clusterIds)
    .execute();
  return new Set(rows.map((row) => row.clusterId));
}
