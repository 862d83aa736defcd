import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { memberBreakdown } from '../registry/clusterProfile.ts';
import { currentMembers } from '../registry/queries.ts';
import type { ApplicationSnapshot } from './snapshot.ts';

export type ClusterFacts = ApplicationSnapshot['cluster'] & { status: string };

/** What the registry knows about a cluster that an application states: never typed by the applicant. */
export async function clusterFacts(
  db: Kysely<Database>,
  clusterId: number,
): Promise<ClusterFacts | undefined> {
  const cluster = await db
    .selectFrom('clusters')
    .leftJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
    .select([
      'clusters.id',
      'clusters.slug',
      'clusters.name',
      'clusters.status',
      'clusters.voivodeship',
      'clusters.foundedOn',
      'clusters.formalisedOn',
      'organisations.name as coordinator',
    ])
    .where('clusters.id', '=', clusterId)
    .executeTakeFirst();
  if (!cluster) return undefined;
  const members = await currentMembers(db, clusterId);
  const breakdown = memberBreakdown(members);
  return {
    ...cluster,
    memberCount: members.length,
    membersByType: { ...breakdown.byType },
    enterprisesBySize: { ...breakdown.enterprisesBySize },
  };
}

/** Whether the cluster holds or ever held KKK status: its application is then a renewal. */
export async function heldKkkStatus(db: Kysely<Database>, clusterId: number): Promise<boolean> {
  const row = await db
    .selectFrom('kkkStatuses')
    .select('id')
    .where('clusterId', '=', clusterId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Published clusters on whose team the person is, for the "apply" choice. */
export async function clustersOfUser(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('clusterEditors')
    .innerJoin('clusters', 'clusters.id', 'clusterEditors.clusterId')
    .select(['clusters.id', 'clusters.name', 'clusters.status'])
    .where('clusterEditors.userId', '=', userId)
    .orderBy('clusters.nameSort')
    .execute();
}
