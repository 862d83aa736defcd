import { auditRecorder } from '../../../platform/audit/recorder.ts';
import type { CommandContext } from '../../../platform/commandContext.ts';

/** The team confirms the cluster's data is current ("Potwierdzam aktualność danych"). */
export async function dataConfirmer(
  context: CommandContext,
  props: { cluster: { id: number; confirmedAt: string | null }; actorId: number },
): Promise<void> {
  const now = context.now.toISOString();
  const { trx } = context;
  await trx.updateTable('clusters').set({ confirmedAt: now }).where('id', '=', props.cluster.id).execute();
  await auditRecorder(
    trx,
    {
      actorId: props.actorId,
      action: 'cluster.data_confirmed',
      entityType: 'cluster',
      entityId: props.cluster.id,
      summary: { before: { confirmedAt: props.cluster.confirmedAt }, after: { confirmedAt: now } },
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
}
