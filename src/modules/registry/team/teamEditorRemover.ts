import { auditRecorder } from '../../../platform/audit/recorder.ts';
import type { CommandContext } from '../../../platform/commandContext.ts';
import { mailEnqueuer } from '../../../platform/mail/outbox.ts';

/** The owner takes an editor off the team; the owner's own place cannot be removed this way. */
export async function teamEditorRemover(
  context: CommandContext,
  props: { cluster: { id: number; name: string }; ownerId: number; userId: number },
): Promise<boolean> {
  const { trx } = context;
  const editor = await trx
    .selectFrom('clusterEditors')
    .innerJoin('users', 'users.id', 'clusterEditors.userId')
    .select(['users.email', 'users.name', 'users.locale'])
    .where('clusterEditors.clusterId', '=', props.cluster.id)
    .where('clusterEditors.userId', '=', props.userId)
    .where('clusterEditors.role', '=', 'editor')
    .executeTakeFirst();
  if (!editor) return false;
  await trx
    .deleteFrom('clusterEditors')
    .where('clusterId', '=', props.cluster.id)
    .where('userId', '=', props.userId)
    .where('role', '=', 'editor')
    .execute();
  await mailEnqueuer(
    trx,
    {
      to: editor.email,
      locale: editor.locale,
      template: 'teamEditorRemoved',
      params: { name: editor.name, clusterName: props.cluster.name },
    },
    context.now,
  );
  await auditRecorder(
    trx,
    {
      actorId: props.ownerId,
      action: 'cluster.editor_removed',
      entityType: 'cluster',
      entityId: props.cluster.id,
      summary: { before: { userId: props.userId, email: editor.email } },
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
  return true;
}
