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
