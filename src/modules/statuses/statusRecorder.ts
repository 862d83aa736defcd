import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface HistoricalStatus {
  clusterId: number;
  representedById: number | null;
  roundNumber: number;
  roundYear: number | null;
  isDemo: boolean;
}

/** Records a status granted in the past, once per cluster and round. */
export async function statusRecorder(
  db: Kysely<Database> | Transaction<Database>,
  status: HistoricalStatus,
  now: string,
): Promise<void> {
  const existing = await db
    .selectFrom('kkkStatuses')
    .select('id')
    .where('clusterId', '=', status.clusterId)
    .where('roundNumber', '=', status.roundNumber)
    .executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('kkkStatuses')
    .values({ ...status, isDemo: status.isDemo ? 1 : 0, createdAt: now })
    .execute();
}
