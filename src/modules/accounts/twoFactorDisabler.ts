import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError } from '../../platform/domainError.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { apiTokensRevoker } from './apiTokens.ts';
import { rolesOf } from './sessions.ts';
import {
  accountAudit,
  codeRefused,
  notEnabled,
  rolesNeedingTwoFactor,
  totpCodeProblem,
  totpStateOf,
} from './twoFactor.ts';

/**
 * Turns two-step verification off after a current code from the app: the secret and the recovery
 * codes are deleted, and so are the person's API tokens (a token's staff rights rest on the second
 * factor). Refused while the person holds a role that needs it (operator, expert, admin): the roles
 * are the refusal's reasons, each by its name. A wrong code is refused under `field`.
 */
export async function twoFactorDisabler(
  context: CommandContext,
  props: { userId: number; code: string; field: string },
): Promise<void> {
  const { trx } = context;
  const state = await totpStateOf(trx, props.userId);
  if (!state.enabledAt) throw notEnabled();
  const roles = rolesNeedingTwoFactor(await rolesOf(trx, props.userId));
  if (roles.length > 0)
    throw new DomainError('forbidden', 'two_factor_required_by_roles', 'twoFactor.disableBlocked', {
      params: { roles: roles.join(', ') },
      reasons: roles.map((role) => ({ code: role, key: `admin.role.${role}` as MessageKey })),
    });
  const error = await totpCodeProblem(trx, {
    userId: props.userId,
    secret: state.secret,
    code: props.code,
    now: context.now,
  });
  if (error) throw codeRefused(props.field, error);
  await trx
    .updateTable('users')
    .set({ totpSecret: null, totpEnabledAt: null })
    .where('id', '=', props.userId)
    .execute();
  await trx.deleteFrom('recoveryCodes').where('userId', '=', props.userId).execute();
  const apiTokensRevoked = await apiTokensRevoker(trx, { userId: props.userId, now: context.now });
  await accountAudit(trx, context, props.userId, {
    action: 'user.two_factor_disabled',
    summary: { before: { twoFactor: true }, after: { twoFactor: false, apiTokensRevoked } },
  });
}
