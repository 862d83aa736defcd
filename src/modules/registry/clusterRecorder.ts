import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { polishSortKey } from '../../platform/text.ts';

export interface ClusterFacts {
  slug: string;
  name: string;
  coordinatorName: string | null;
  voivodeship?: string | null;
  city?: string | null;
  descriptionPl?: string | null;
  descriptionEn?: string | null;
  website?: string | null;
  profileCompleted?: boolean;
  isDemo: boolean;
}

/**
 * Records a cluster and its coordinator organisation from known facts, once: a cluster whose slug
 * is already in the registry is left as it is (so loading reference data again changes nothing).
 * Returns the cluster's id.
 */
export async function clusterRecorder(
  db: Kysely<Database> | Transaction<Database>,
  facts: ClusterFacts,
  now: string,
): Promise<{ id: number; created: boolean }> {
  const existing = await db
    .selectFrom('clusters')
    .select('id')
    .where('slug', '=', facts.slug)
    .executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const isDemo = facts.isDemo ? 1 : 0;
  const coordinator = facts.coordinatorName
    ? await db
        .insertInto('organisations')
        .values({
          name: facts.coordinatorName,
          city: facts.city ?? null,
          voivodeship: facts.voivodeship ?? null,
          isDemo,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    : undefined;
  const cluster = await db
    .insertInto('clusters')
    .values({
      slug: facts.slug,
      name: facts.name,
      nameSort: polishSortKey(facts.name),
      coordinatorId: coordinator?.id ?? null,
      voivodeship: facts.voivodeship ?? null,
      descriptionPl: facts.descriptionPl ?? null,
      descriptionEn: facts.descriptionEn ?? null,
      website: facts.website ?? null,
      profileCompleted: facts.profileCompleted ? 1 : 0,
      isDemo,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: cluster.id, created: true };
}
