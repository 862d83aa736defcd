import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type ShownState, stateOn } from './statusState.ts';
import { NATIONAL_PROGRAMME } from './tables.ts';

/** One status as the public registry and the certificate show it; null where not known. */
export interface StatusEntry {
  id: number;
  programme: string;
  roundNumber: number;
  roundYear: number | null;
  clusterSlug: string;
  clusterName: string;
  representedBy: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  validUntil: string | null;
  state: ShownState;
  revokedAt: string | null;
  revokedReason: string | null;
}

export interface StatusRound {
  roundNumber: number;
  roundYear: number | null;
  statuses: StatusEntry[];
}

export type RegistryScope = 'all' | 'active';

const collator = new Intl.Collator('pl');

function statusRows(db: Kysely<Database>) {
  return db
    .selectFrom('kkkStatuses')
    .innerJoin('clusters', 'clusters.id', 'kkkStatuses.clusterId')
    .leftJoin('organisations', 'organisations.id', 'kkkStatuses.representedById')
    .select([
      'kkkStatuses.id',
      'kkkStatuses.programme',
      'kkkStatuses.roundNumber',
      'kkkStatuses.roundYear',
      'kkkStatuses.documentNumber',
      'kkkStatuses.documentDate',
      'kkkStatuses.validUntil',
      'kkkStatuses.state',
      'kkkStatuses.revokedAt',
      'kkkStatuses.revokedReason',
      'kkkStatuses.verificationCode',
      'clusters.slug as clusterSlug',
      'clusters.name as clusterName',
      'organisations.name as representedBy',
    ]);
}

type StatusRow = Awaited<ReturnType<ReturnType<typeof statusRows>['executeTakeFirstOrThrow']>>;

function entryOf(row: StatusRow, today: string): StatusEntry {
  const { verificationCode: _code, ...facts } = row;
  return { ...facts, state: stateOn(row, today) };
}

/**
 * A programme's statuses, grouped by round (newest round first), clusters in Polish order. `active`
 * keeps only the statuses valid on the day (Warsaw); `all` is the whole history.
 */
export async function registryByRound(
  db: Kysely<Database>,
  options: { today: string; scope: RegistryScope; programme?: string },
): Promise<StatusRound[]> {
  let query = statusRows(db)
    .where('kkkStatuses.programme', '=', options.programme ?? NATIONAL_PROGRAMME)
    .orderBy('kkkStatuses.roundNumber', 'desc');
  if (options.scope === 'active')
    query = query
      .where('kkkStatuses.state', '=', 'active')
      .where('kkkStatuses.validUntil', '>=', options.today);
  const rows = await query.execute();
  const rounds = new Map<number, StatusRound>();
  for (const row of rows) {
    const round = rounds.get(row.roundNumber) ?? {
      roundNumber: row.roundNumber,
      roundYear: row.roundYear,
      statuses: [],
    };
    round.statuses.push(entryOf(row, options.today));
    rounds.set(row.roundNumber, round);
  }
  for (const round of rounds.values())
    round.statuses.sort((a, b) => collator.compare(a.clusterName, b.clusterName));
  return [...rounds.values()];
}

/** One status with the code its certificate carries, found by its id or by that code. */
export async function findStatus(
  db: Kysely<Database>,
  key: { id: number } | { code: string },
  today: string,
): Promise<(StatusEntry & { verificationCode: string }) | undefined> {
  const query = statusRows(db);
  const row = await ('id' in key
    ? query.where('kkkStatuses.id', '=', key.id)
    : query.where('kkkStatuses.verificationCode', '=', key.code)
  ).executeTakeFirst();
  if (!row || row.verificationCode === null) return undefined;
  return { ...entryOf(row, today), verificationCode: row.verificationCode };
}

export async function statusesOfCluster(db: Kysely<Database>, clusterId: number) {
  return db
    .selectFrom('kkkStatuses')
    .select(['roundNumber', 'roundYear', 'documentNumber', 'documentDate', 'validUntil', 'state'])
    .where('clusterId', '=', clusterId)
    .orderBy('roundNumber')
    .execute();
}

/**
 * The clusters holding KKK status on a calendar day (YYYY-MM-DD, Warsaw), as a subquery for
 * `where('clusters.id', 'in', …)`. A status counts while it is neither revoked nor expired and its end
 * of validity is known and not past; a status whose end is not known (such as round I's, granted in
 * 2015 for three years from a document date nobody recorded) is shown but never counts as held now.
 */
export function clustersHoldingStatusOn(db: Kysely<Database>, day: string) {
  return db
    .selectFrom('kkkStatuses')
    .select('kkkStatuses.clusterId')
    .where('kkkStatuses.state', '=', 'active')
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
