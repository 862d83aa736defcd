import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { PUBLISHED } from './clusterSearch.ts';
import type { EnterpriseSize, OrganisationType } from './organisationTypes.ts';

/** A published cluster with its coordinator's name and city, or undefined. */
export async function findClusterBySlug(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('clusters')
    .leftJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
    .selectAll('clusters')
    .select(['organisations.name as coordinatorName', 'organisations.city as coordinatorCity'])
    .where('clusters.slug', '=', slug)
    .where('clusters.status', '=', PUBLISHED)
    .executeTakeFirst();
}

export type ClusterProfile = NonNullable<Awaited<ReturnType<typeof findClusterBySlug>>>;

export interface MemberRow {
  name: string;
  type: OrganisationType | null;
  size: EnterpriseSize | null;
  city: string | null;
  voivodeship: string | null;
  joinedOn: string | null;
}

const collator = new Intl.Collator('pl');

/** The cluster's current members (no leaving date), in Polish alphabetical order. */
export async function currentMembers(db: Kysely<Database>, clusterId: number): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select([
      'organisations.name',
      'organisations.type',
      'organisations.size',
      'organisations.city',
      'organisations.voivodeship',
      'memberships.joinedOn',
    ])
    .where('memberships.clusterId', '=', clusterId)
    .where('memberships.leftOn', 'is', null)
    .execute();
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

export interface ClusterCodes {
  industries: string[];
  kis: string[];
  regions: string[];
}

/** The cluster's industries, smart specialisations and regions of activity, as stored codes. */
export async function clusterCodes(db: Kysely<Database>, clusterId: number): Promise<ClusterCodes> {
  const [industries, kis, regions] = await Promise.all([
    db
      .selectFrom('clusterIndustries')
      .select('industry')
      .where('clusterId', '=', clusterId)
      .orderBy('industry')
      .execute(),
    db.selectFrom('clusterKis').select('kis').where('clusterId', '=', clusterId).orderBy('kis').execute(),
    db
      .selectFrom('clusterRegions')
      .select('voivodeship')
      .where('clusterId', '=', clusterId)
      .orderBy('voivodeship')
      .execute(),
  ]);
  return {
    industries: industries.map((row) => row.industry),
    kis: kis.map((row) => row.kis),
    regions: regions.map((row) => row.voivodeship),
  };
}

/** Published clusters in the registry: the home page's figure. */
export async function countClusters(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('clusters')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('status', '=', PUBLISHED)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}
