import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Takes the job's lease until `until` if nobody holds it: one conditional UPDATE, so of several app
 * instances asking at once exactly one gets it. A crashed holder's lease simply runs out.
 */
export async function leaseTaker(
  db: Kysely<Database>,
  name: string,
  now: Date,
  until: Date,
): Promise<boolean> {
  await db
    .insertInto('jobRuns')
    .values({ name, leasedUntil: null, lastStartedAt: null, lastFinishedAt: null, lastResult: null })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const taken = await db
    .updateTable('jobRuns')
    .set({ leasedUntil: until.toISOString(), lastStartedAt: now.toISOString() })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('leasedUntil', 'is', null), eb('leasedUntil', '<=', now.toISOString())]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Gives the lease back and records what the run did. */
export async function leaseReleaser(
  db: Kysely<Database>,
  name: string,
  now: Date,
  result: string,
): Promise<void> {
  await db
    .updateTable('jobRuns')
    .set({ leasedUntil: null, lastFinishedAt: now.toISOString(), lastResult: result.slice(0, 500) })
    .where('name', '=', name)
    .execute();
}
