import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { statusDocumentIndexer } from './statusDocuments.ts';
import { newVerificationCode } from './statusState.ts';

export interface GrantedStatus {
  clusterId: number;
  representedById: number | null;
  roundId: number | null;
  roundNumber: number;
  roundYear: number | null;
  programme: string;
  documentNumber: string;
  /** The minister's decision document, YYYY-MM-DD. */
  documentDate: string;
  /** The last day of validity, YYYY-MM-DD (see validUntilFor). */
  validUntil: string;
  actorId: number | null;
}

function assertCalendarDate(value: string, name: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: 'UTC' }).isValid)
    throw new RangeError(`${name} must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value)})`);
}

/**
 * Writes a status the minister's decision granted, with its certificate's verification code, inside
 * the caller's transaction (the competition's decision), and audits it.
 */
export async function statusGranter(
  trx: Transaction<Database>,
  status: GrantedStatus,
  now: Date,
): Promise<{ statusId: number; verificationCode: string }> {
  assertCalendarDate(status.documentDate, 'documentDate');
  assertCalendarDate(status.validUntil, 'validUntil');
  if (status.validUntil < status.documentDate)
    throw new RangeError('validUntil must not come before documentDate');
  const documentNumber = status.documentNumber.trim();
  if (documentNumber === '') throw new RangeError('documentNumber must not be empty');
  const verificationCode = newVerificationCode();
  const { actorId, ...facts } = status;
  const row = await trx
    .insertInto('kkkStatuses')
    .values({
      ...facts,
      documentNumber,
      state: 'active',
      verificationCode,
      isDemo: 0,
      createdAt: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await statusDocumentIndexer(trx, [status.clusterId]);
  await auditRecorder(
    trx,
    {
      actorId,
      action: 'kkk.status.granted',
      entityType: 'kkk_status',
      entityId: row.id,
      summary: { after: { ...facts, documentNumber } },
    },
    now,
  );
  return { statusId: row.id, verificationCode };
}
