import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { DomainError } from '../../../platform/domainError.ts';
import { auditOrigin, type UseCaseContext } from './context.ts';
import { ownerNotifier } from './ownerNotifier.ts';
import { checkRegistration, type RegistrationErrors, type RegistrationValues } from './registrationForm.ts';
import { draftSaver, formWriter, slugProblem } from './registrationSaver.ts';
import { TRANSITIONS } from './workflow.ts';

/**
 * The member list must reach the questionnaire's member minimum as it was asked (at least one member):
 * the operator checks the questionnaire's counts against it.
 */
export async function membersProblem(
  db: Kysely<Database> | Transaction<Database>,
  clusterId: number,
  errors: RegistrationErrors,
): Promise<void> {
  const [asked, members] = await Promise.all([
    db
      .selectFrom('registrationAnswers')
      .select('minimum')
      .where('clusterId', '=', clusterId)
      .where('code', '=', 'members_total')
      .executeTakeFirst(),
    db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('clusterId', '=', clusterId)
      .where('leftOn', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  if (Number(members.count) < Math.max(1, asked?.minimum ?? 1))
    errors.members = 'registration.form.membersTooFew';
}

/**
 * Submits a registration for review (first time, or corrected after a return): the whole form must
 * pass; otherwise nothing is written and the field errors come back.
 */
export async function registrationSubmitter(
  context: UseCaseContext,
  props: { clusterId: number; before: RegistrationValues; values: RegistrationValues },
): Promise<
  { ok: true } | { ok: false; errors: RegistrationErrors; values: RegistrationValues; draftSaved: boolean }
> {
  const checked = checkRegistration(props.values, 'submit', context.now);
  await slugProblem(context.trx, props.clusterId, checked.values, checked.errors);
  await membersProblem(context.trx, props.clusterId, checked.errors);
  if (Object.keys(checked.errors).length > 0) {
    // A refused send still keeps what was typed, as far as a draft may hold it.
    const draft = checkRegistration(props.values, 'draft', context.now);
    await slugProblem(context.trx, props.clusterId, draft.values, draft.errors);
    const draftSaved = Object.keys(draft.errors).length === 0;
    if (draftSaved)
      await draftSaver(context, { clusterId: props.clusterId, before: props.before, values: draft.values });
    return { ok: false, errors: checked.errors, values: props.values, draftSaved };
  }
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
