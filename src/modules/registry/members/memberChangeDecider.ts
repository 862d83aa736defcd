import { auditRecorder } from '../../../platform/audit/recorder.ts';
import type { CommandContext } from '../../../platform/commandContext.ts';
import { clusterTeamMailer } from '../../../platform/mail/clusterTeamMailer.ts';
import type { MemberChange } from './memberChange.ts';
import { memberChangeApplier } from './memberChangeApplier.ts';

export const MAX_REASON_LENGTH = 2000;

export type Decision = { approve: true } | { approve: false; reason: string };

/**
 * An operator approves a pending member-list change (it is applied in the same transaction) or
 * rejects it with a reason; the team is told by mail either way. A change already decided is left alone.
 */
export async function memberChangeDecider(
  context: CommandContext,
  props: { changeId: number; operatorId: number; decision: Decision },
): Promise<boolean> {
  const now = context.now.toISOString();
  const { trx } = context;
  const decided = await trx
    .updateTable('memberChanges')
    .set({
      status: props.decision.approve ? 'approved' : 'rejected',
      reason: props.decision.approve ? null : props.decision.reason,
      decidedBy: props.operatorId,
      decidedAt: now,
    })
    .where('id', '=', props.changeId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(decided.numUpdatedRows) !== 1) return false;
  const row = await trx
    .selectFrom('memberChanges')
    .innerJoin('clusters', 'clusters.id', 'memberChanges.clusterId')
    .select(['memberChanges.clusterId', 'memberChanges.change', 'clusters.name', 'clusters.email'])
    .where('memberChanges.id', '=', props.changeId)
    .executeTakeFirstOrThrow();
  const change = JSON.parse(row.change) as MemberChange;
  if (props.decision.approve)
    await memberChangeApplier(trx, { clusterId: row.clusterId, change, now: context.now });
  await clusterTeamMailer(
    trx,
    {
      clusterId: row.clusterId,
      clusterAddress: { email: row.email, name: '', use: 'whenNoTeam' },
      by: { userId: props.operatorId, locale: context.locale },
    },
    'memberChangeDecided',
    (person) => ({
      name: person.name || row.name,
      clusterName: row.name,
      approved: props.decision.approve,
      reason: props.decision.approve ? '' : props.decision.reason,
      added: change.add.length,
      left: change.leave.length,
    }),
    context.now,
  );
  await auditRecorder(
    trx,
    {
      actorId: props.operatorId,
      action: props.decision.approve ? 'cluster.members_change_approved' : 'cluster.members_change_rejected',
      entityType: 'cluster',
      entityId: row.clusterId,
      summary: {
        after: {
          changeId: props.changeId,
          ...(props.decision.approve ? {} : { reason: props.decision.reason }),
        },
      },
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
  return true;
}
