import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError, notFound } from '../../platform/domainError.ts';
import { assertTransition, statesLeadingTo } from '../../platform/workflow.ts';
import { STATUS_WORKFLOW } from './statusState.ts';

export const MIN_REVOCATION_REASON = 10;
export const MAX_REVOCATION_REASON = 2000;

/**
 * An operator withdraws a status (e.g. the minister revoked it): the reason is required and shown on
 * the verification page; the certificate stops verifying as valid. A status is revoked once.
 */
export async function statusRevoker(
  context: CommandContext,
  command: { statusId: number; reason: string },
): Promise<void> {
  const { trx } = context;
  const reason = command.reason.trim();
  if (reason.length < MIN_REVOCATION_REASON || reason.length > MAX_REVOCATION_REASON)
    throw new DomainError('invalid', 'validation_failed', 'statuses.revoke.invalid', {
      fields: {
        reason: 'statuses.revoke.reasonLength',
      },
    });
  const status = await trx
    .selectFrom('kkkStatuses')
    .select(['id', 'state'])
    .where('id', '=', command.statusId)
    .executeTakeFirst();
  if (!status) throw notFound('statuses.notFound');
  const alreadyRevoked = () => new DomainError('conflict', 'already_revoked', 'statuses.revoke.already');
  assertTransition(STATUS_WORKFLOW, status.state, 'revoked', alreadyRevoked);
  const revokedAt = context.now.toISOString();
  const changed = await trx
    .updateTable('kkkStatuses')
    .set({ state: 'revoked', revokedAt, revokedReason: reason, revokedBy: context.actorId })
    .where('id', '=', command.statusId)
    .where('state', 'in', statesLeadingTo(STATUS_WORKFLOW, 'revoked'))
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) throw alreadyRevoked();
  await context.services.audit({
    action: 'kkk.status.revoked',
    entityType: 'kkk_status',
    entityId: command.statusId,
    summary: { before: { state: status.state }, after: { state: 'revoked', reason } },
  });
}
