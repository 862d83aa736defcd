import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { DomainError } from '../../../platform/domainError.ts';
import { memberCountRecalculator } from '../memberCountRecalculator.ts';
import { searchTextRefresher } from '../searchTextRefresher.ts';
import { auditOrigin, type UseCaseContext } from './context.ts';
import { coordinatorResolver } from './coordinatorResolver.ts';
import { ownerNotifier } from './ownerNotifier.ts';
import { TRANSITIONS } from './workflow.ts';

export type Decision = 'approve' | 'return' | 'reject';

const DECIDED = { approve: 'approved', return: 'returned', reject: 'rejected' } as const;
const STEP = { approve: 'approved', return: 'returned', reject: 'rejected' } as const;

/**
 * An operator's decision on a submitted registration: approve (the cluster is published, its
 * coordinator found or recorded), return for corrections, or reject — the last two with a comment.
 */
export async function registrationDecider(
  context: UseCaseContext,
  props: { clusterId: number; decision: Decision; comment: string },
): Promise<{ ok: true } | { ok: false; error: 'registration.review.commentRequired' }> {
  const rule = TRANSITIONS[props.decision];
  const comment = props.comment.trim();
  if (rule.needsComment && !comment) return { ok: false, error: 'registration.review.commentRequired' };
  const { trx } = context;
  const now = context.now.toISOString();
  const moved = await trx
    .updateTable('clusters')
    .set({ status: rule.to, updatedAt: now })
    .where('id', '=', props.clusterId)
    .where('status', 'in', [...rule.from])
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1)
    throw new DomainError('conflict', 'conflict', 'registration.stateConflict');
  const registration = await trx
    .selectFrom('clusterRegistrations')
    .selectAll()
    .where('clusterId', '=', props.clusterId)
    .executeTakeFirstOrThrow();
  let coordinator: { organisationId: number; reused: boolean } | undefined;
  if (props.decision === 'approve') {
    coordinator = await coordinatorResolver(trx, registration, now);
    await trx
      .updateTable('clusters')
      .set({
        coordinatorId: coordinator.organisationId,
        voivodeship: registration.coordinatorVoivodeship,
        profileCompleted: 1,
        confirmedAt: now,
        createdAt: now,
      })
      .where('id', '=', props.clusterId)
      .execute();
    await searchTextRefresher({ db: trx, clusterIds: [props.clusterId] });
    await memberCountRecalculator({ db: trx, clusterIds: [props.clusterId] });
  }
  await trx
    .insertInto('registrationDecisions')
    .values({
      clusterId: props.clusterId,
      decision: DECIDED[props.decision],
      comment: comment || null,
      decidedBy: context.actorId,
      decidedAt: now,
    })
    .execute();
  await trx
    .updateTable('clusterRegistrations')
    .set({ decidedAt: now, updatedAt: now })
    .where('clusterId', '=', props.clusterId)
    .execute();
  const cluster = await trx
    .selectFrom('clusters')
    .select('name')
    .where('id', '=', props.clusterId)
    .executeTakeFirstOrThrow();
  await auditRecorder(
    trx,
    {
      ...auditOrigin(context),
      action: `registration.${DECIDED[props.decision]}`,
      entityType: 'cluster',
      entityId: props.clusterId,
      summary: {
        before: { status: rule.from.join('|') },
        after: {
          status: rule.to,
          ...(comment ? { comment } : {}),
          ...(coordinator
            ? { coordinatorId: coordinator.organisationId, coordinatorReused: coordinator.reused }
            : {}),
        },
      },
    },
    context.now,
  );
  await ownerNotifier(context, {
    byOwner: false,
    clusterId: props.clusterId,
    clusterName: cluster.name,
    step: STEP[props.decision],
    comment,
  });
  return { ok: true };
}
