import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Recomputes an application's stage-1 sums per criterion from its submitted experts' scores, in the
 * transaction that submitted or re-opened a score sheet: the ranking reads these, never the raw scores.
 */
export async function sumsRefresher(
  trx: Transaction<Database>,
  applicationId: number,
  now: Date,
): Promise<void> {
  const rows = await trx
    .selectFrom('assessmentScores')
    .innerJoin('assessmentTasks', 'assessmentTasks.id', 'assessmentScores.taskId')
    .select((eb) => [
      'assessmentScores.criterionCode',
      eb.fn.sum<number>('assessmentScores.points').as('points'),
      eb.fn.countAll<number>().as('experts'),
    ])
    .where('assessmentTasks.applicationId', '=', applicationId)
    .where('assessmentTasks.stage', '=', 'stage1')
    .where('assessmentTasks.state', '=', 'submitted')
    .groupBy('assessmentScores.criterionCode')
    .execute();
  const values = {
    experts: rows.reduce((most, row) => Math.max(most, Number(row.experts)), 0),
    sums: JSON.stringify(Object.fromEntries(rows.map((row) => [row.criterionCode, Number(row.points)]))),
    updatedAt: now.toISOString(),
  };
  await trx
    .insertInto('assessmentSums')
    .values({ applicationId, ...values })
    .onConflict((conflict) => conflict.column('applicationId').doUpdateSet(values))
    .execute();
}
