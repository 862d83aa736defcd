import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { statusDocumentIndexer } from './statusDocuments.ts';
import { newVerificationCode } from './statusState.ts';

export interface HistoricalStatus {
  clusterId: number;
  representedById: number | null;
  roundNumber: number;
  roundYear: number | null;
  validUntil?: string | null;
  isDemo: boolean;
}

/**
 * Records a status granted in the past, once per cluster and round, with what is known of it; the
 * rest stays empty. Returns whether it added one.
 */
export async function statusRecorder(
  db: Kysely<Database> | Transaction<Database>,
  status: HistoricalStatus,
  now: string,
): Promise<boolean> {
  const existing = await db
    .selectFrom('kkkStatuses')
    .select('id')
    .where('clusterId', '=', status.clusterId)
    .where('roundNumber', '=', status.roundNumber)
    .executeTakeFirst();
  if (existing) return false;
  await db
    .insertInto('kkkStatuses')
    .values({
      ...status,
      validUntil: status.validUntil ?? null,
      isDemo: status.isDemo ? 1 : 0,
      verificationCode: newVerificationCode(),
      createdAt: now,
    })
    .execute();
  await statusDocumentIndexer(db, [status.clusterId]);
  return true;
}
