import { type Expression, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { documentIdsMatching } from '../search/documents.ts';
import { clustersHoldingStatusOn, holdersAmong } from '../statuses/queries.ts';
import type { ClusterFilters, ClusterSort, Facet } from './clusterFilters.ts';

// Search: the `q` filter finds clusters through portal-wide search's processed terms and full-text
// index (the cluster documents this module hands over), so "lodz" finds "Łódź", "klastrów" finds
// "klaster" and the last word is matched as a prefix, identically on SQLite and PostgreSQL.

export const PUBLISHED = 'published';
/** The kind of the documents the registry hands to portal-wide search, one per cluster and language. */
export const CLUSTER_DOCUMENT = 'cluster';

/** Published clusters matching the filters (all but the omitted facet), on a Warsaw calendar day. */
export function matchingClusters(db: Kysely<Database>, filters: ClusterFilters, today: string, omit?: Facet) {
  return db.selectFrom('clusters').where((eb) => {
    const conditions: Expression<SqlBool>[] = [eb('clusters.status', '=', PUBLISHED)];
    const found = filters.q ? documentIdsMatching(db, CLUSTER_DOCUMENT, filters.q) : null;
    if (found) conditions.push(eb('clusters.id', 'in', found));
    if (filters.industry && omit !== 'industry') {
      const withIndustry = db
        .selectFrom('clusterIndustries')
        .select('clusterIndustries.clusterId')
        .where('clusterIndustries.industry', '=', filters.industry);
      conditions.push(eb('clusters.id', 'in', withIndustry));
    }
    if (filters.voivodeship && omit !== 'voivodeship')
      conditions.push(eb('clusters.voivodeship', '=', filters.voivodeship));
    if (omit !== 'category') {
      if (filters.category === 'standards') conditions.push(eb('clusters.standardsValidUntil', '>=', today));
      if (filters.category === 'kkk')
        conditions.push(eb('clusters.id', 'in', clustersHoldingStatusOn(db, today)));
    }
    // A count range leaves out profiles not completed: how many members they have is not known.
    if (filters.membersMin !== undefined || filters.membersMax !== undefined)
      conditions.push(eb('clusters.profileCompleted', '=', 1));
    if (filters.membersMin !== undefined)
      conditions.push(eb('clusters.memberCount', '>=', filters.membersMin));
    if (filters.membersMax !== undefined)
      conditions.push(eb('clusters.memberCount', '<=', filters.membersMax));
    return eb.and(conditions);
  });
}

const SORT_ORDER: Record<ClusterSort, readonly (readonly [string, 'asc' | 'desc'])[]> = {
  // polishSortKey order; the id breaks ties, so pages never overlap.
  name: [
    ['clusters.nameSort', 'asc'],
    ['clusters.id', 'asc'],
  ],
  members: [
    ['clusters.memberCount', 'desc'],
    ['clusters.nameSort', 'asc'],
    ['clusters.id', 'asc'],
  ],
  newest: [
    ['clusters.createdAt', 'desc'],
    ['clusters.id', 'desc'],
  ],
};

export function sortedBy<TB extends keyof Database, O>(
  query: SelectQueryBuilder<Database, TB, O>,
  sort: ClusterSort,
): SelectQueryBuilder<Database, TB, O> {
  let sorted = query;
  for (const [column, direction] of SORT_ORDER[sort]) sorted = sorted.orderBy(sql.ref(column), direction);
  return sorted;
}

export interface ClusterListItem {
  id: number;
  slug: string;
  name: string;
  voivodeship: string | null;
  coordinatorName: string | null;
  city: string | null;
  memberCount: number;
  profileCompleted: number;
  isDemo: number;
  createdAt: string;
  confirmedAt: string | null;
  standardsValidUntil: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  industries: string[];
  /** Holds KKK status on the day the list was made. */
  kkk: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

export interface SearchOptions {
  filters: ClusterFilters;
  sort: ClusterSort;
  today: string;
}

/** One page of matching clusters. */
export async function searchClusters(
  db: Kysely<Database>,
  { filters, sort, today, page, perPage }: SearchOptions & { page: number; perPage: number },
): Promise<Page<ClusterListItem>> {
  // The page's ids come from the filtered, sorted clusters alone, so a deep page skips index
  // entries rather than joined rows; only the page's own rows are then joined and described.
  const ids = await sortedBy(matchingClusters(db, filters, today).select('clusters.id'), sort)
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  const [items, count] = await Promise.all([
    describeClusters(
      db,
      ids.map((row) => row.id),
      today,
    ),
    matchingClusters(db, filters, today)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total), page, perPage };
}

/** Every matching cluster (up to a limit), described, in order: what the exports write. */
export async function allMatchingClusters(
  db: Kysely<Database>,
  { filters, sort, today, limit }: SearchOptions & { limit: number },
): Promise<ClusterListItem[]> {
  const ids = await sortedBy(matchingClusters(db, filters, today).select('clusters.id'), sort)
    .limit(limit)
    .execute();
  const described: ClusterListItem[] = [];
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000).map((row) => row.id);
    described.push(...(await describeClusters(db, chunk, today)));
  }
  return described;
}

/** The list's facts of some clusters, in the order of the ids given. */
async function describeClusters(
  db: Kysely<Database>,
  ids: number[],
  today: string,
): Promise<ClusterListItem[]> {
  if (ids.length === 0) return [];
  const [rows, industries, holders] = await Promise.all([
    db
      .selectFrom('clusters')
      .leftJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
      .select([
        'clusters.id',
        'clusters.slug',
        'clusters.name',
        'clusters.voivodeship',
        'clusters.memberCount',
        'clusters.profileCompleted',
        'clusters.isDemo',
        'clusters.createdAt',
        'clusters.confirmedAt',
        'clusters.standardsValidUntil',
        'clusters.website',
        'clusters.email',
        'clusters.phone',
        'organisations.name as coordinatorName',
        'organisations.city',
      ])
      .where('clusters.id', 'in', ids)
      .execute(),
    db
      .selectFrom('clusterIndustries')
      .select(['clusterId', 'industry'])
      .where('clusterId', 'in', ids)
      .orderBy('industry')
      .execute(),
    holdersAmong(db, ids, today),
  ]);
  const industriesOf = new Map<number, string[]>();
  for (const row of industries)
    industriesOf.set(row.clusterId, [...(industriesOf.get(row.clusterId) ?? []), row.industry]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, industries: industriesOf.get(id) ?? [], kkk: holders.has(id) }] : [];
  });
}

export interface Facets {
  industries: Map<string, number>;
  voivodeships: Map<string, number>;
  /** Clusters with no voivodeship known, under the other filters. */
  noVoivodeship: number;
  categories: { registered: number; standards: number; kkk: number };
}

/**
 * How many clusters each value of each facet would give, with every other filter as chosen: the
 * counts shown beside the options, so choosing an option shows exactly that many.
 */
export async function clusterFacets(
  db: Kysely<Database>,
  filters: ClusterFilters,
  today: string,
): Promise<Facets> {
  const [industries, voivodeships, categories] = await Promise.all([
    db
      .selectFrom('clusterIndustries')
      .select(['clusterIndustries.industry', (eb) => eb.fn.countAll<number>().as('n')])
      .where(
        'clusterIndustries.clusterId',
        'in',
        matchingClusters(db, filters, today, 'industry').select('clusters.id'),
      )
      .groupBy('clusterIndustries.industry')
      .execute(),
    voivodeshipCounts(db, filters, today),
    matchingClusters(db, filters, today, 'category')
      .select((eb) => [
        eb.fn.countAll<number>().as('registered'),
        eb.fn
          .count<number>(eb.case().when('clusters.standardsValidUntil', '>=', today).then(1).end())
          .as('standards'),
        eb.fn
          .count<number>(
            eb.case().when('clusters.id', 'in', clustersHoldingStatusOn(db, today)).then(1).end(),
          )
          .as('kkk'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    industries: new Map(industries.map((row) => [row.industry, Number(row.n)])),
    voivodeships: new Map(
      voivodeships.flatMap((row) => (row.voivodeship ? [[row.voivodeship, Number(row.n)]] : [])),
    ),
    noVoivodeship: Number(voivodeships.find((row) => row.voivodeship === null)?.n ?? 0),
    categories: {
      registered: Number(categories.registered),
      standards: Number(categories.standards),
      kkk: Number(categories.kkk),
    },
  };
}

/** Clusters per coordinator's voivodeship under the filters (but the voivodeship one): the map's counts. */
export async function voivodeshipCounts(db: Kysely<Database>, filters: ClusterFilters, today: string) {
  return matchingClusters(db, filters, today, 'voivodeship')
    .select(['clusters.voivodeship', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('clusters.voivodeship')
    .execute();
}
