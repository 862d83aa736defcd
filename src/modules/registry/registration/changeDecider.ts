import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { DomainError } from '../../../platform/domainError.ts';
import { polishSortKey } from '../../../platform/text.ts';
import { statesLeadingTo } from '../../../platform/workflow.ts';
import { searchTextRefresher } from '../searchTextRefresher.ts';
import { auditOrigin, type UseCaseContext } from './context.ts';
import { coordinatorFactsUpdater, coordinatorResolver } from './coordinatorResolver.ts';
import { ownerNotifier } from './ownerNotifier.ts';
import { CHANGE_TRANSITIONS, CHANGE_WORKFLOW, type ChangeDecision } from './workflow.ts';

/**
 * The lighter review of a published profile's material change: approving applies the new name and/or
 * coordinator to the live profile; rejecting (with a reason) leaves the profile as it was.
 */
export async function changeDecider(
  context: UseCaseContext,
  props: { changeId: number; decision: ChangeDecision; reason: string },
): Promise<{ ok: true } | { ok: false; error: 'registration.review.commentRequired' }> {
  const rule = CHANGE_TRANSITIONS[props.decision];
  const reason = props.reason.trim();
  if (rule.needsComment && !reason) return { ok: false, error: 'registration.review.commentRequired' };
  const { trx } = context;
  const now = context.now.toISOString();
  const moved = await trx
    .updateTable('clusterChanges')
    .set({ state: rule.to, decidedBy: context.actorId, decidedAt: now, reason: reason || null })
    .where('id', '=', props.changeId)
    .where('state', 'in', statesLeadingTo(CHANGE_WORKFLOW, rule.to))
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1)
    throw new DomainError('conflict', 'conflict', 'registration.stateConflict');
  const change = await trx
    .selectFrom('clusterChanges')
    .selectAll()
    .where('id', '=', props.changeId)
    .executeTakeFirstOrThrow();
  const cluster = await trx
    .selectFrom('clusters')
    .select(['id', 'name', 'coordinatorId'])
    .where('id', '=', change.clusterId)
    .executeTakeFirstOrThrow();
  if (props.decision === 'approve') {
    if (change.name) {
      await trx
        .updateTable('clusters')
        .set({ name: change.name, nameSort: polishSortKey(change.name), updatedAt: now })
        .where('id', '=', cluster.id)
        .execute();
    }
    if (change.coordinatorChanged === 1) {
      const { organisationId, reused } = await coordinatorResolver(trx, change, now);
      if (reused && organisationId === cluster.coordinatorId)
        await coordinatorFactsUpdater(trx, organisationId, change);
      await trx
        .updateTable('clusters')
        .set({ coordinatorId: organisationId, voivodeship: change.coordinatorVoivodeship, updatedAt: now })
        .where('id', '=', cluster.id)
        .execute();
    }
    await searchTextRefresher({ db: trx, clusterIds: [cluster.id] });
  }
  await auditRecorder(
    trx,
    {
      ...auditOrigin(context),
      action: `cluster.change_${rule.to}`,
      entityType: 'cluster',
      entityId: cluster.id,
      summary: {
        after: {
          changeId: change.id,
          ...(change.name ? { name: change.name } : {}),
          ...(reason ? { reason } : {}),
        },
      },
    },
    context.now,
  );
  await ownerNotifier(context, {
    byOwner: false,
    clusterId: cluster.id,
    clusterName: change.name && props.decision === 'approve' ? change.name : cluster.name,
    step: props.decision === 'approve' ? 'changeApproved' : 'changeRejected',
    comment: reason,
  });
  return { ok: true };
}
