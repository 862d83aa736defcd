import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { DomainError } from '../../../platform/domainError.ts';
import { memberCountRecalculator } from '../memberCountRecalculator.ts';
import { searchTextRefresher } from '../searchTextRefresher.ts';
import { auditOrigin, type UseCaseContext } from './context.ts';
import {
  type CoordinatorChoices,
  type CoordinatorField,
  coordinatorComparison,
  mergedCoordinator,
} from './coordinatorMerge.ts';
import { coordinatorResolver } from './coordinatorResolver.ts';
import { ownerNotifier } from './ownerNotifier.ts';
import { organisationsWithIdentifiers } from './queries.ts';
import type { CoordinatorColumns } from './tables.ts';
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
  props: { clusterId: number; decision: Decision; comment: string; coordinatorChoices?: CoordinatorChoices },
): Promise<
  | { ok: true }
  | { ok: false; error: 'registration.review.commentRequired' }
  | { ok: false; error: 'registration.review.choiceRequired'; fields: CoordinatorField[] }
> {
  const rule = TRANSITIONS[props.decision];
  const comment = props.comment.trim();
  if (rule.needsComment && !comment) return { ok: false, error: 'registration.review.commentRequired' };
  const { trx } = context;
  let merge: Awaited<ReturnType<typeof coordinatorMergePlan>> = null;
  const current = await trx
    .selectFrom('clusters')
    .select('status')
    .where('id', '=', props.clusterId)
    .executeTakeFirst();
  const movable = current !== undefined && (rule.from as readonly string[]).includes(current.status);
  if (props.decision === 'approve' && movable) {
    const typed = await trx
      .selectFrom('clusterRegistrations')
      .selectAll()
      .where('clusterId', '=', props.clusterId)
      .executeTakeFirst();
    merge = typed ? await coordinatorMergePlan(trx, typed, props.coordinatorChoices ?? {}) : null;
    if (merge && merge.missing.length > 0)
      return { ok: false, error: 'registration.review.choiceRequired', fields: merge.missing };
  }
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
    if (merge && Object.keys(merge.set).length > 0)
      await trx.updateTable('organisations').set(merge.set).where('id', '=', merge.organisationId).execute();
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
          ...(merge
            ? { coordinatorFromForm: merge.set, coordinatorChoices: props.coordinatorChoices ?? {} }
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

/**
 * When the typed identifiers match an organisation already known, what the approval brings into it:
 * empty stored facts are filled, differing ones follow the operator's choice (missing ones are named).
 */
async function coordinatorMergePlan(
  trx: UseCaseContext['trx'],
  typed: CoordinatorColumns,
  choices: CoordinatorChoices,
) {
  const matches = await organisationsWithIdentifiers(trx, {
    nip: typed.coordinatorNip,
    regon: typed.coordinatorRegon,
    krs: typed.coordinatorKrs,
  });
  const first = matches[0];
  if (!first) return null;
  const stored = await trx
    .selectFrom('organisations')
    .select(['id', 'name', 'legalForm', 'nip', 'regon', 'krs', 'address', 'city', 'voivodeship'])
    .where('id', '=', first.id)
    .executeTakeFirstOrThrow();
  const { set, missing } = mergedCoordinator(coordinatorComparison(typed, stored, matches.length), choices);
  return { organisationId: stored.id, set, missing };
}
