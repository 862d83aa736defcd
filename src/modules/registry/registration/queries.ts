import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { emptyValues, type RegistrationValues } from './registrationForm.ts';
import type { ClusterChange, CoordinatorColumns } from './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface RegistrationRecord {
  clusterId: number;
  status: string;
  slug: string;
  values: RegistrationValues;
  hasLogo: boolean;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const CLUSTER_FIELDS = [
  'clusters.id',
  'clusters.status',
  'clusters.slug',
  'clusters.name',
  'clusters.descriptionPl',
  'clusters.descriptionEn',
  'clusters.foundedOn',
  'clusters.formalisedOn',
  'clusters.website',
  'clusters.contactPerson',
  'clusters.email',
  'clusters.phone',
  'clusters.offerPl',
  'clusters.offerEn',
  'clusters.needsPl',
  'clusters.needsEn',
  'clusters.createdAt',
  'clusters.updatedAt',
  'clusters.coordinatorId',
] as const;

/** The coordinator of a published cluster, from its organisation row, in the form's columns. */
async function publishedCoordinator(db: Db, organisationId: number | null): Promise<CoordinatorColumns> {
  const organisation = organisationId
    ? await db.selectFrom('organisations').selectAll().where('id', '=', organisationId).executeTakeFirst()
    : undefined;
  return {
    coordinatorName: organisation?.name ?? null,
    coordinatorLegalForm: organisation?.legalForm ?? null,
    coordinatorNip: organisation?.nip ?? null,
    coordinatorRegon: organisation?.regon ?? null,
    coordinatorKrs: organisation?.krs ?? null,
    coordinatorAddress: organisation?.address ?? null,
    coordinatorCity: organisation?.city ?? null,
    coordinatorVoivodeship: organisation?.voivodeship ?? null,
  };
}

/** A cluster with the form's values: the registration's coordinator before publication, the organisation's after. */
export async function loadRegistration(db: Db, clusterId: number): Promise<RegistrationRecord | undefined> {
  const cluster = await db
    .selectFrom('clusters')
    .leftJoin('clusterRegistrations', 'clusterRegistrations.clusterId', 'clusters.id')
    .select([
      ...CLUSTER_FIELDS,
      'clusterRegistrations.submittedAt',
      'clusterRegistrations.coordinatorName',
      'clusterRegistrations.coordinatorLegalForm',
      'clusterRegistrations.coordinatorNip',
      'clusterRegistrations.coordinatorRegon',
      'clusterRegistrations.coordinatorKrs',
      'clusterRegistrations.coordinatorAddress',
      'clusterRegistrations.coordinatorCity',
      'clusterRegistrations.coordinatorVoivodeship',
    ])
    .where('clusters.id', '=', clusterId)
    .executeTakeFirst();
  if (!cluster) return undefined;
  const coordinator: CoordinatorColumns =
    cluster.status === 'published' ? await publishedCoordinator(db, cluster.coordinatorId) : cluster;
  const [industries, kis, regions, logo] = await Promise.all([
    db.selectFrom('clusterIndustries').select('industry').where('clusterId', '=', clusterId).execute(),
    db.selectFrom('clusterKis').select('kis').where('clusterId', '=', clusterId).execute(),
    db.selectFrom('clusterRegions').select('voivodeship').where('clusterId', '=', clusterId).execute(),
    db.selectFrom('clusterLogos').select('clusterId').where('clusterId', '=', clusterId).executeTakeFirst(),
  ]);
  const values = emptyValues();
  const text = { ...cluster, ...coordinator } as Record<string, unknown>;
  for (const field of Object.keys(values) as (keyof RegistrationValues)[]) {
    const value = text[field];
    if (typeof value === 'string') (values as Record<string, unknown>)[field] = value;
  }
  values.industries = industries.map((row) => row.industry);
  values.kis = kis.map((row) => row.kis);
  values.regions = regions.map((row) => row.voivodeship);
  return {
    clusterId: cluster.id,
    status: cluster.status,
    slug: cluster.slug,
    values,
    hasLogo: logo !== undefined,
    submittedAt: cluster.submittedAt,
    createdAt: cluster.createdAt,
    updatedAt: cluster.updatedAt,
  };
}

export function answersOf(db: Db, clusterId: number) {
  return db
    .selectFrom('registrationAnswers')
    .selectAll()
    .where('clusterId', '=', clusterId)
    .orderBy('code')
    .execute();
}

export function decisionsOf(db: Db, clusterId: number) {
  return db
    .selectFrom('registrationDecisions')
    .leftJoin('users', 'users.id', 'registrationDecisions.decidedBy')
    .select([
      'registrationDecisions.decision',
      'registrationDecisions.comment',
      'registrationDecisions.decidedAt',
      'users.name as decidedByName',
    ])
    .where('registrationDecisions.clusterId', '=', clusterId)
    .orderBy('registrationDecisions.id', 'desc')
    .execute();
}

export function pendingChangeOf(db: Db, clusterId: number): Promise<ClusterChange | undefined> {
  return db
    .selectFrom('clusterChanges')
    .selectAll()
    .where('clusterId', '=', clusterId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
}

export function findChange(db: Db, changeId: number): Promise<ClusterChange | undefined> {
  return db.selectFrom('clusterChanges').selectAll().where('id', '=', changeId).executeTakeFirst();
}

/** The clusters whose team the person is on, newest first, with what waits for them. */
export function clustersOfPerson(db: Db, userId: number) {
  return db
    .selectFrom('clusterEditors')
    .innerJoin('clusters', 'clusters.id', 'clusterEditors.clusterId')
    .select([
      'clusters.id',
      'clusters.name',
      'clusters.slug',
      'clusters.status',
      'clusters.updatedAt',
      'clusterEditors.role',
      (eb) =>
        eb
          .selectFrom('clusterChanges')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .whereRef('clusterChanges.clusterId', '=', 'clusters.id')
          .where('clusterChanges.state', '=', 'pending')
          .as('pendingChanges'),
    ])
    .where('clusterEditors.userId', '=', userId)
    .orderBy('clusters.updatedAt', 'desc')
    .orderBy('clusters.id', 'desc')
    .execute();
}

export interface QueueItem {
  kind: 'registration' | 'change';
  id: number;
  clusterId: number;
  clusterName: string;
  since: string;
}

/** What waits for an operator, oldest first: submitted registrations and pending material changes. */
export async function reviewQueue(
  db: Db,
  page: number,
  perPage: number,
): Promise<{ items: QueueItem[]; total: number }> {
  const registrations = db
    .selectFrom('clusters')
    .innerJoin('clusterRegistrations', 'clusterRegistrations.clusterId', 'clusters.id')
    .select((eb) => [
      eb.val('registration').as('kind'),
      'clusters.id as id',
      'clusters.id as clusterId',
      'clusters.name as clusterName',
      eb.fn.coalesce('clusterRegistrations.submittedAt', 'clusters.updatedAt').as('since'),
    ])
    .where('clusters.status', '=', 'submitted');
  const changes = db
    .selectFrom('clusterChanges')
    .innerJoin('clusters', 'clusters.id', 'clusterChanges.clusterId')
    .select((eb) => [
      eb.val('change').as('kind'),
      'clusterChanges.id as id',
      'clusters.id as clusterId',
      'clusters.name as clusterName',
      'clusterChanges.proposedAt as since',
    ])
    .where('clusterChanges.state', '=', 'pending');
  const [registrationCount, changeCount] = await Promise.all([
    db
      .selectFrom('clusters')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'submitted')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('clusterChanges')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '=', 'pending')
      .executeTakeFirstOrThrow(),
  ]);
  const items = await db
    .selectFrom(registrations.unionAll(changes).as('queue'))
    .selectAll()
    .orderBy('since')
    .orderBy('kind', 'desc')
    .orderBy('id')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  return {
    items: items.map((item) => ({
      ...item,
      kind: item.kind as QueueItem['kind'],
      since: String(item.since),
    })),
    total: Number(registrationCount.n) + Number(changeCount.n),
  };
}

/** Organisations already in the registry with one of these identifiers (the coordinator is then reused). */
export async function organisationsWithIdentifiers(
  db: Db,
  ids: { nip?: string | null; regon?: string | null; krs?: string | null },
) {
  const pairs = (['nip', 'regon', 'krs'] as const).flatMap((column) =>
    ids[column] ? [[column, ids[column]] as const] : [],
  );
  if (pairs.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'nip', 'regon', 'krs', 'city'])
    .where((eb) => eb.or(pairs.map(([column, value]) => eb(column, '=', value as string))))
    .orderBy('id')
    .execute();
}

/** Whether another cluster already uses the address. */
export async function slugTaken(db: Db, slug: string, exceptClusterId?: number): Promise<boolean> {
  let query = db.selectFrom('clusters').select('id').where('slug', '=', slug);
  if (exceptClusterId !== undefined) query = query.where('id', '!=', exceptClusterId);
  return (await query.executeTakeFirst()) !== undefined;
}
