import type { CommandContext } from '../../platform/commandContext.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { apiTokensRevoker } from './apiTokens.ts';
import type { Role } from './roles.ts';
import { rolesOf } from './sessions.ts';
import { rolesNeedingTwoFactor, totpCodeProblem, totpStateOf, twoFactorAudit } from './twoFactor.ts';

export type DisableResult =
  | { ok: true }
  | { ok: false; problem: 'not_enabled' }
  | { ok: false; problem: 'roles_need_it'; roles: Role[] }
  | { ok: false; error: MessageKey };

/**
 * Turns two-step verification off after a current code from the app: the secret and the recovery
 * codes are deleted, and so are the person's API tokens (a token's staff rights rest on the second factor). Refused while the person holds a role that needs it (operator, expert, admin).
 */
export async function twoFactorDisabler(
  context: CommandContext,
  props: { userId: number; code: string },
): Promise<DisableResult> {
  const { trx } = context;
  const state = await totpStateOf(trx, props.userId);
  if (!state.enabledAt) return { ok: false, problem: 'not_enabled' };
  const roles = rolesNeedingTwoFactor(await rolesOf(trx, props.userId));
  if (roles.length > 0) return { ok: false, problem: 'roles_need_it', roles };
  const error = await totpCodeProblem(trx, {
    userId: props.userId,
    secret: state.secret,
    code: props.code,
    now: context.now,
  });
  if (error) return { ok: false, error };
  await trx
    .updateTable('users')
    .set({ totpSecret: null, totpEnabledAt: null })
    .where('id', '=', props.userId)
    .execute();
  await trx.deleteFrom('recoveryCodes').where('userId', '=', props.userId).execute();
  const apiTokensRevoked = await apiTokensRevoker(trx, { userId: props.userId, now: context.now });
  await twoFactorAudit(trx, context, props.userId, {
    action: 'user.two_factor_disabled',
    summary: { before: { twoFactor: true }, after: { twoFactor: false, apiTokensRevoked } },
  });
  return { ok: true };
}
