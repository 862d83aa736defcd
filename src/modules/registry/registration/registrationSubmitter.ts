import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { DomainError } from '../../../platform/domainError.ts';
import { auditOrigin, type UseCaseContext } from './context.ts';
import { ownerNotifier } from './ownerNotifier.ts';
import { checkRegistration, type RegistrationErrors, type RegistrationValues } from './registrationForm.ts';
import { formWriter, slugProblem } from './registrationSaver.ts';
import { TRANSITIONS } from './workflow.ts';

/**
 * Submits a registration for review (first time, or corrected after a return): the whole form must
 * pass; otherwise nothing is written and the field errors come back.
 */
export async function registrationSubmitter(
  context: UseCaseContext,
  props: { clusterId: number; before: RegistrationValues; values: RegistrationValues },
): Promise<{ ok: true } | { ok: false; errors: RegistrationErrors; values: RegistrationValues }> {
  const checked = checkRegistration(props.values, 'submit', context.now);
  await slugProblem(context.trx, props.clusterId, checked.values, checked.errors);
  if (Object.keys(checked.errors).length > 0)
    return { ok: false, errors: checked.errors, values: props.values };
  const now = context.now.toISOString();
  const moved = await context.trx
    .updateTable('clusters')
    .set({ status: TRANSITIONS.submit.to, updatedAt: now })
    .where('id', '=', props.clusterId)
    .where('status', 'in', [...TRANSITIONS.submit.from])
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1)
    throw new DomainError('conflict', 'conflict', 'registration.stateConflict');
  await formWriter(context, { clusterId: props.clusterId, before: props.before, values: checked.values });
  await context.trx
    .updateTable('clusterRegistrations')
    .set({ submittedAt: now, updatedAt: now })
    .where('clusterId', '=', props.clusterId)
    .execute();
  await auditRecorder(
    context.trx,
    {
      ...auditOrigin(context),
      action: 'registration.submitted',
      entityType: 'cluster',
      entityId: props.clusterId,
    },
    context.now,
  );
  await ownerNotifier(context, {
    byOwner: true,
    clusterId: props.clusterId,
    clusterName: checked.values.name,
    step: 'submitted',
  });
  return { ok: true };
}
