import type { AuditAction } from '../../../platform/audit/actions.ts';
import { auditRecorder } from '../../../platform/audit/recorder.ts';
import type { CommandContext } from '../../../platform/commandContext.ts';
import type { MemberChange } from './memberChange.ts';
import { memberChangeApplier } from './memberChangeApplier.ts';
import { pendingImportUser } from './pendingImports.ts';

export type Submission = 'applied' | 'pending';

/**
 * A change of the member list by the cluster's team. Before the registration is approved it applies
 * at once; for a published cluster it is material, so it waits for an operator's approval.
 */
export async function memberChangeSubmitter(
  context: CommandContext,
  props: {
    cluster: { id: number; status: string };
    actorId: number;
    change: MemberChange;
    source: 'form' | 'import';
    importId?: string;
  },
): Promise<Submission> {
  const { cluster, change } = props;
  const summary = {
    after: {
      source: props.source,
      added: change.add.map((m) => m.name),
      left: change.leave.map((m) => m.name),
    },
  };
  const event = (action: AuditAction) => ({
    actorId: props.actorId,
    action,
    entityType: 'cluster',
    entityId: cluster.id,
    summary,
    requestId: context.requestId,
    ip: context.ip,
  });
  const { trx } = context;
  if (props.importId !== undefined) await pendingImportUser(trx, props.importId);
  if (cluster.status === 'published') {
    const created = await trx
      .insertInto('memberChanges')
      .values({
        clusterId: cluster.id,
        requestedBy: props.actorId,
        change: JSON.stringify(change),
        status: 'pending',
        createdAt: context.now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditRecorder(
      trx,
      {
        ...event('cluster.members_change_requested'),
        summary: { after: { ...summary.after, changeId: created.id } },
      },
      context.now,
    );
    return 'pending';
  }
  await memberChangeApplier(trx, { clusterId: cluster.id, change, now: context.now });
  await auditRecorder(trx, event('cluster.members_changed'), context.now);
  return 'applied';
}
