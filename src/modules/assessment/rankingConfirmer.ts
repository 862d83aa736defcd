import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { roundById } from '../competition/queries.ts';
import { roundRanking } from './rankingLoader.ts';
import { type Acting, applicationMover, notFoundHere } from './support.ts';

/**
 * Closes the panel stage: every application at the panel with a consensus report becomes
 * 'recommended' or 'not_recommended' as the ranking says (the recommended list); those still
 * waiting for their consensus stay at the panel.
 */
export async function rankingConfirmer(
  trx: Transaction<Database>,
  props: { roundId: number },
  acting: Acting,
  now: Date,
): Promise<{ recommended: number[]; notRecommended: number[] }> {
  const round = await roundById(trx, props.roundId);
  if (!round) throw notFoundHere();
  const ranking = await roundRanking(trx, round);
  const recommended: number[] = [];
  const notRecommended: number[] = [];
  for (const row of ranking) {
    if (row.state !== 'panel' || !row.ranked) continue;
    const to = row.recommended ? 'recommended' : 'not_recommended';
    if (!(await applicationMover(trx, row.applicationId, to, now))) continue;
    (row.recommended ? recommended : notRecommended).push(row.applicationId);
    await auditRecorder(
      trx,
      {
        ...acting,
        action: 'assessment.ranking.confirmed',
        entityType: 'application',
        entityId: row.applicationId,
        summary: { after: { state: to, position: row.position, total: row.total } },
      },
      now,
    );
  }
  return { recommended, notRecommended };
}
