import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';

export { expiredStashesRemover } from './draftStash.ts';

import type { Clock } from '../../platform/clock.ts';

/**
 * Applications whose correction window passed without a resubmission are formally rejected.
 * Idempotent and safe to run twice at once: each change is a conditional UPDATE on the state.
 */
export async function expiredCorrectionsRejecter(deps: {
  db: Kysely<Database>;
  clock: Clock;
}): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db
    .selectFrom('applications')
    .innerJoin('formalChecks', 'formalChecks.applicationId', 'applications.id')
    .select('applications.id')
    .where('applications.state', '=', 'corrections_requested')
    .where('formalChecks.decision', '=', 'corrections')
    .where('formalChecks.correctionsDueAt', '<', now.toISOString())
    .where('formalChecks.snapshotVersion', '=', (eb) => eb.ref('applications.snapshotVersion'))
    .execute();
  let rejected = 0;
  for (const { id } of due) {
    const changed = await deps.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('applications')
        .set({ state: 'formally_rejected', updatedAt: now.toISOString() })
        .where('id', '=', id)
        .where('state', '=', 'corrections_requested')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await auditRecorder(
        trx,
        {
          actorId: null,
          action: 'competition.formalCheck.correctionsExpired',
          entityType: 'application',
          entityId: id,
          summary: { before: { state: 'corrections_requested' }, after: { state: 'formally_rejected' } },
        },
        now,
      );
      return true;
    });
    if (changed) rejected += 1;
  }
  return rejected;
}
