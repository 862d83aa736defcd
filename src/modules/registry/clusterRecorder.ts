import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { polishSortKey } from '../../platform/text.ts';
import type { IndustryCode } from './industries.ts';
import type { KisCode } from './kis.ts';
import type { OrganisationType } from './organisationTypes.ts';
import { searchTextRefresher } from './searchTextRefresher.ts';

/** What is known of the coordinating organisation beyond its name, city and voivodeship. */
export interface CoordinatorFacts {
  legalForm?: string | null;
  nip?: string | null;
  regon?: string | null;
  krs?: string | null;
  address?: string | null;
  type?: OrganisationType | null;
}

export interface ClusterFacts {
  slug: string;
  name: string;
  coordinatorName: string | null;
  coordinator?: CoordinatorFacts;
  voivodeship?: string | null;
  city?: string | null;
  descriptionPl?: string | null;
  descriptionEn?: string | null;
  website?: string | null;
  foundedOn?: string | null;
  formalisedOn?: string | null;
  contactPerson?: string | null;
  email?: string | null;
  phone?: string | null;
  offerPl?: string | null;
  offerEn?: string | null;
  needsPl?: string | null;
  needsEn?: string | null;
  standardsAssessedOn?: string | null;
  standardsValidUntil?: string | null;
  confirmedAt?: string | null;
  industries?: readonly IndustryCode[];
  kis?: readonly KisCode[];
  /** Voivodeships (TERYT) the cluster is active in. */
  regions?: readonly string[];
  profileCompleted?: boolean;
  /** When the cluster entered the registry; `now` when left out. */
  registeredAt?: string;
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
  const registeredAt = facts.registeredAt ?? now;
  const coordinator = facts.coordinatorName
    ? await db
        .insertInto('organisations')
        .values({
          name: facts.coordinatorName,
          legalForm: facts.coordinator?.legalForm ?? null,
          nip: facts.coordinator?.nip ?? null,
          regon: facts.coordinator?.regon ?? null,
          krs: facts.coordinator?.krs ?? null,
          address: facts.coordinator?.address ?? null,
          type: facts.coordinator?.type ?? null,
          city: facts.city ?? null,
          voivodeship: facts.voivodeship ?? null,
          isDemo,
          createdAt: registeredAt,
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
      foundedOn: facts.foundedOn ?? null,
      formalisedOn: facts.formalisedOn ?? null,
      contactPerson: facts.contactPerson ?? null,
      email: facts.email ?? null,
      phone: facts.phone ?? null,
      offerPl: facts.offerPl ?? null,
      offerEn: facts.offerEn ?? null,
      needsPl: facts.needsPl ?? null,
      needsEn: facts.needsEn ?? null,
      standardsAssessedOn: facts.standardsAssessedOn ?? null,
      standardsValidUntil: facts.standardsValidUntil ?? null,
      confirmedAt: facts.confirmedAt ?? null,
      status: 'published',
      profileCompleted: facts.profileCompleted ? 1 : 0,
      isDemo,
      createdAt: registeredAt,
      updatedAt: registeredAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordFacets(db, cluster.id, facts);
  await searchTextRefresher({ db, clusterIds: [cluster.id] });
  return { id: cluster.id, created: true };
}

async function recordFacets(
  db: Kysely<Database> | Transaction<Database>,
  clusterId: number,
  facts: ClusterFacts,
): Promise<void> {
  const industries = [...new Set(facts.industries ?? [])];
  const kis = [...new Set(facts.kis ?? [])];
  const regions = [...new Set(facts.regions ?? [])];
  if (industries.length > 0)
    await db
      .insertInto('clusterIndustries')
      .values(industries.map((industry) => ({ clusterId, industry })))
      .execute();
  if (kis.length > 0)
    await db
      .insertInto('clusterKis')
      .values(kis.map((code) => ({ clusterId, kis: code })))
      .execute();
  if (regions.length > 0)
    await db
      .insertInto('clusterRegions')
      .values(regions.map((voivodeship) => ({ clusterId, voivodeship })))
      .execute();
}
