import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface ClusterListItem {
  id: number;
  slug: string;
  name: string;
  voivodeship: string | null;
  coordinatorName: string | null;
  profileCompleted: number;
  isDemo: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

/** One page of the registry in Polish alphabetical order. */
export async function listClusters(
  db: Kysely<Database>,
  { page, perPage }: { page: number; perPage: number },
): Promise<Page<ClusterListItem>> {
  // The page's ids come from the (name_sort, id) index alone, so a deep page skips index entries
  // rather than joined rows; only the page's own rows are then joined.
  const pageIds = db
    .selectFrom('clusters')
    .select('id')
    .orderBy('nameSort')
    .orderBy('id')
    .limit(perPage)
    .offset((page - 1) * perPage);
  const [items, count] = await Promise.all([
    db
      .selectFrom('clusters')
      .leftJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
      .select([
        'clusters.id',
        'clusters.slug',
        'clusters.name',
        'clusters.voivodeship',
        'clusters.profileCompleted',
        'clusters.isDemo',
        'organisations.name as coordinatorName',
      ])
      .where('clusters.id', 'in', pageIds)
      .orderBy('clusters.nameSort')
      .orderBy('clusters.id')
      .execute(),
    db
      .selectFrom('clusters')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total), page, perPage };
}

export async function findClusterBySlug(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('clusters')
    .leftJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
    .selectAll('clusters')
    .select('organisations.name as coordinatorName')
    .where('clusters.slug', '=', slug)
    .executeTakeFirst();
}

export type ClusterProfile = NonNullable<Awaited<ReturnType<typeof findClusterBySlug>>>;

export async function countClusters(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('clusters')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}
