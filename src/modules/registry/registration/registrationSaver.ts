import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { DomainError, invalid } from '../../../platform/domainError.ts';
import { polishSortKey } from '../../../platform/text.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { searchTextRefresher } from '../searchTextRefresher.ts';
import { auditOrigin, type UseCaseContext } from './context.ts';
import { pendingChangeOf, slugTaken } from './queries.ts';
import {
  checkRegistration,
  emptyValues,
  MATERIAL_FIELDS,
  type RegistrationErrors,
  type RegistrationValues,
  type TextField,
} from './registrationForm.ts';
import type { CoordinatorColumns } from './tables.ts';
import { isFormEditable, isProfileEditable } from './workflow.ts';

/** Form checks that need the database: the address must be free. */
export async function slugProblem(
  db: Kysely<Database> | Transaction<Database>,
  clusterId: number,
  values: RegistrationValues,
  errors: RegistrationErrors,
): Promise<void> {
  if (values.slug && !errors.slug && (await slugTaken(db, values.slug, clusterId)))
    errors.slug = 'registration.form.slugTaken';
}

const orNull = (value: string) => (value === '' ? null : value);

/** The cluster's own columns that the form fills in (name and slug apart). */
function clusterColumns(values: RegistrationValues) {
  return {
    descriptionPl: orNull(values.descriptionPl),
    descriptionEn: orNull(values.descriptionEn),
    foundedOn: orNull(values.foundedOn),
    formalisedOn: orNull(values.formalisedOn),
    website: orNull(values.website),
    contactPerson: orNull(values.contactPerson),
    email: orNull(values.email),
    phone: orNull(values.phone),
    offerPl: orNull(values.offerPl),
    offerEn: orNull(values.offerEn),
    needsPl: orNull(values.needsPl),
    needsEn: orNull(values.needsEn),
  };
}

export function coordinatorColumns(values: RegistrationValues): CoordinatorColumns {
  return {
    coordinatorName: orNull(values.coordinatorName),
    coordinatorLegalForm: orNull(values.coordinatorLegalForm),
    coordinatorNip: orNull(values.coordinatorNip),
    coordinatorRegon: orNull(values.coordinatorRegon),
    coordinatorKrs: orNull(values.coordinatorKrs),
    coordinatorAddress: orNull(values.coordinatorAddress),
    coordinatorCity: orNull(values.coordinatorCity),
    coordinatorVoivodeship: orNull(values.coordinatorVoivodeship),
  };
}

async function replaceFacets(
  context: UseCaseContext,
  clusterId: number,
  values: RegistrationValues,
): Promise<void> {
  const { trx } = context;
  await trx.deleteFrom('clusterIndustries').where('clusterId', '=', clusterId).execute();
  await trx.deleteFrom('clusterKis').where('clusterId', '=', clusterId).execute();
  await trx.deleteFrom('clusterRegions').where('clusterId', '=', clusterId).execute();
  if (values.industries.length > 0)
    await trx
      .insertInto('clusterIndustries')
      .values(values.industries.map((industry) => ({ clusterId, industry })))
      .execute();
  if (values.kis.length > 0)
    await trx
      .insertInto('clusterKis')
      .values(values.kis.map((kis) => ({ clusterId, kis })))
      .execute();
  if (values.regions.length > 0)
    await trx
      .insertInto('clusterRegions')
      .values(values.regions.map((voivodeship) => ({ clusterId, voivodeship })))
      .execute();
}

/** The names of the fields whose value differs. */
export function changedFields(before: RegistrationValues, after: RegistrationValues): string[] {
  const text = (Object.keys(before) as (keyof RegistrationValues)[]).filter((field) => {
    const a = before[field];
    const b = after[field];
    return Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() !== [...b].sort().join() : a !== b;
  });
  return text;
}

/**
 * Refuses a form whose values break a format rule (a draft may be incomplete, a published profile
 * not) or whose address is taken: the field errors, as message keys, keyed by the form's names.
 */
async function refuseInvalid(
  context: UseCaseContext,
  clusterId: number,
  typed: RegistrationValues,
  mode: 'draft' | 'submit',
): Promise<RegistrationValues> {
  const checked = checkRegistration(typed, mode, context.now);
  await slugProblem(context.trx, clusterId, checked.values, checked.errors);
  if (Object.keys(checked.errors).length > 0) throw invalid(checked.errors as Record<string, MessageKey>);
  return checked.values;
}

async function statusOf(context: UseCaseContext, clusterId: number): Promise<string | null> {
  const row = await context.trx
    .selectFrom('clusters')
    .select('status')
    .where('id', '=', clusterId)
    .executeTakeFirst();
  return row?.status ?? null;
}

/**
 * Saves the form of a registration that is still the team's to change (draft or returned): refused
 * in any other state (409) or when a value breaks its format or the address is taken (400).
 */
export async function draftSaver(
  context: UseCaseContext,
  props: { clusterId: number; before: RegistrationValues; values: RegistrationValues },
): Promise<RegistrationValues> {
  const status = await statusOf(context, props.clusterId);
  if (status === null || !isFormEditable(status))
    throw new DomainError('conflict', 'conflict', 'registration.stateConflict');
  const values = await refuseInvalid(context, props.clusterId, props.values, 'draft');
  await formWriter(context, { ...props, values });
  return values;
}

/** Writes every field, the coordinator as typed, the facets; the search column follows. */
export async function formWriter(
  context: UseCaseContext,
  props: { clusterId: number; before: RegistrationValues; values: RegistrationValues },
): Promise<void> {
  const { trx } = context;
  const { clusterId, values } = props;
  const now = context.now.toISOString();
  await trx
    .updateTable('clusters')
    .set({
      ...clusterColumns(values),
      ...(values.name ? { name: values.name, nameSort: polishSortKey(values.name) } : {}),
      ...(values.slug ? { slug: values.slug } : {}),
      voivodeship: orNull(values.coordinatorVoivodeship),
      updatedAt: now,
    })
    .where('id', '=', clusterId)
    .execute();
  await trx
    .updateTable('clusterRegistrations')
    .set({ ...coordinatorColumns(values), updatedAt: now })
    .where('clusterId', '=', clusterId)
    .execute();
  await replaceFacets(context, clusterId, values);
  await searchTextRefresher({ db: trx, clusterIds: [clusterId] });
  await auditRecorder(
    trx,
    {
      ...auditOrigin(context),
      action: 'registration.saved',
      entityType: 'cluster',
      entityId: clusterId,
      summary: { after: { fields: changedFields(props.before, values) } },
    },
    context.now,
  );
}

/**
 * Saves a published profile's form: everything but the material fields applies at once; a changed
 * name or coordinator becomes (or replaces) the pending change an operator reviews. Returns whether
 * a change now waits.
 */
export async function profileSaver(
  context: UseCaseContext,
  props: { clusterId: number; before: RegistrationValues; values: RegistrationValues },
): Promise<{ changeProposed: boolean; values: RegistrationValues }> {
  const { trx } = context;
  const { clusterId, before } = props;
  const status = await statusOf(context, clusterId);
  if (status === null || !isProfileEditable(status))
    throw new DomainError('conflict', 'conflict', 'registration.stateConflict');
  // A published profile must stay complete.
  const values = await refuseInvalid(context, clusterId, props.values, 'submit');
  const now = context.now.toISOString();
  const changed = changedFields(before, values);
  const immediate = changed.filter(
    (field) => !(MATERIAL_FIELDS as readonly string[]).includes(field) && field !== 'slug',
  );
  const material = changed.filter((field) => (MATERIAL_FIELDS as readonly string[]).includes(field));
  await trx
    .updateTable('clusters')
    .set({ ...clusterColumns(values), updatedAt: now })
    .where('id', '=', clusterId)
    .execute();
  await replaceFacets(context, clusterId, values);
  await searchTextRefresher({ db: trx, clusterIds: [clusterId] });
  if (immediate.length > 0)
    await auditRecorder(
      trx,
      {
        ...auditOrigin(context),
        action: 'cluster.profile_updated',
        entityType: 'cluster',
        entityId: clusterId,
        summary: { after: { fields: immediate } },
      },
      context.now,
    );
  if (material.length === 0) return { changeProposed: false, values };
  const coordinatorChanged = material.some((field) => field !== 'name');
  const change = {
    name: material.includes('name') ? values.name : null,
    ...(coordinatorChanged ? coordinatorColumns(values) : emptyCoordinator()),
    coordinatorChanged: coordinatorChanged ? 1 : 0,
    proposedBy: context.actorId,
    proposedAt: now,
  };
  const pending = await pendingChangeOf(trx, clusterId);
  if (pending) await trx.updateTable('clusterChanges').set(change).where('id', '=', pending.id).execute();
  else
    await trx
      .insertInto('clusterChanges')
      .values({ ...change, clusterId, state: 'pending' })
      .execute();
  await auditRecorder(
    trx,
    {
      ...auditOrigin(context),
      action: 'cluster.change_proposed',
      entityType: 'cluster',
      entityId: clusterId,
      summary: {
        before: Object.fromEntries(material.map((field) => [field, before[field as TextField]])),
        after: Object.fromEntries(material.map((field) => [field, values[field as TextField]])),
      },
    },
    context.now,
  );
  return { changeProposed: true, values };
}

/** The coordinator columns of a change that leaves the coordinator as it is. */
function emptyCoordinator(): CoordinatorColumns {
  return coordinatorColumns(emptyValues());
}
