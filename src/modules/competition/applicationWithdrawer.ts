import { auditRecorder } from '../../platform/audit/recorder.ts';
import { assertTransition } from '../../platform/workflow.ts';
import { APPLICATION_WORKFLOW } from './applicationStates.ts';
import { refusal } from './errors.ts';
import { applicationById } from './queries.ts';
import { auditBase, type RoundCommand } from './roundRecorder.ts';

/** The team takes its application back at any point before a decision; the snapshots stay. */
export async function applicationWithdrawer(command: RoundCommand, applicationId: number): Promise<void> {
  const { trx } = command;
  const application = await applicationById(trx, applicationId);
  if (!application) throw refusal('not_found');
  assertTransition(APPLICATION_WORKFLOW, application.state, 'withdrawn', () => refusal('not_withdrawable'));
  const now = command.now.toISOString();
  const updated = await trx
    .updateTable('applications')
    .set({ state: 'withdrawn', withdrawnAt: now, updatedAt: now })
    .where('id', '=', applicationId)
    .where('state', '=', application.state)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw refusal('not_withdrawable');
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: 'competition.application.withdraw',
      entityType: 'application',
      entityId: applicationId,
      summary: { before: { state: application.state }, after: { state: 'withdrawn' } },
    },
    command.now,
  );
}
