import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { organisationsWithIdentifiers } from './queries.ts';
import type { CoordinatorColumns } from './tables.ts';

/**
 * The organisation row of a coordinator as the form gives it: one already in the registry with the
 * same NIP, REGON or KRS is reused (never duplicated), otherwise a new one is recorded.
 */
export async function coordinatorResolver(
  trx: Transaction<Database>,
  coordinator: CoordinatorColumns,
  now: string,
): Promise<{ organisationId: number; reused: boolean }> {
  const [existing] = await organisationsWithIdentifiers(trx, {
    nip: coordinator.coordinatorNip,
    regon: coordinator.coordinatorRegon,
    krs: coordinator.coordinatorKrs,
  });
  if (existing) return { organisationId: existing.id, reused: true };
  const created = await trx
    .insertInto('organisations')
    .values({
      name: coordinator.coordinatorName ?? '',
      legalForm: coordinator.coordinatorLegalForm,
      nip: coordinator.coordinatorNip,
      regon: coordinator.coordinatorRegon,
      krs: coordinator.coordinatorKrs,
      address: coordinator.coordinatorAddress,
      city: coordinator.coordinatorCity,
      voivodeship: coordinator.coordinatorVoivodeship,
      createdAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { organisationId: created.id, reused: false };
}

/** Brings an organisation's facts up to the coordinator an operator approved (its identifiers stay). */
export async function coordinatorFactsUpdater(
  trx: Transaction<Database>,
  organisationId: number,
  coordinator: CoordinatorColumns,
): Promise<void> {
  await trx
    .updateTable('organisations')
    .set({
      ...(coordinator.coordinatorName ? { name: coordinator.coordinatorName } : {}),
      legalForm: coordinator.coordinatorLegalForm,
      address: coordinator.coordinatorAddress,
      city: coordinator.coordinatorCity,
      voivodeship: coordinator.coordinatorVoivodeship,
    })
    .where('id', '=', organisationId)
    .execute();
}
