import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { type CommandContext, commandRunner, systemOrigin } from '../../platform/commandContext.ts';

export { expiredStashesRemover } from './draftStash.ts';

/**
 * Applications whose correction window passed without a resubmission are formally rejected.
 * Idempotent and safe to run twice at once: each change is a conditional UPDATE on the state.
 */
export async function expiredCorrectionsRejecter(deps: {
  db: Kysely<Database>;
  clock: Clock;
}): Promise<number> {
  const origin = systemOrigin({ clock: deps.clock });
  const due = await deps.db
    .selectFrom('applications')
    .innerJoin('formalChecks', 'formalChecks.applicationId', 'applications.id')
    .select('applications.id')
    .where('applications.state', '=', 'corrections_requested')
    .where('formalChecks.decision', '=', 'corrections')
    .where('formalChecks.correctionsDueAt', '<', origin.now.toISOString())
    .where('formalChecks.snapshotVersion', '=', (eb) => eb.ref('applications.snapshotVersion'))
    .execute();
  let rejected = 0;
  for (const { id } of due) {
    if (await commandRunner(deps.db, origin, expiredCorrectionsRecorder, id)) rejected += 1;
  }
  return rejected;
}

/** One application formally rejected and audited; false when it is no longer awaiting corrections. */
async function expiredCorrectionsRecorder(context: CommandContext, id: number): Promise<boolean> {
  const result = await context.trx
    .updateTable('applications')
    .set({ state: 'formally_rejected', updatedAt: context.now.toISOString() })
    .where('id', '=', id)
    .where('state', '=', 'corrections_requested')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await context.services.audit({
    action: 'competition.formalCheck.correctionsExpired',
    entityType: 'application',
    entityId: id,
    summary: { before: { state: 'corrections_requested' }, after: { state: 'formally_rejected' } },
  });
  return true;
}
