import type { CommandContext } from '../../platform/commandContext.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { recoveryCodesReplacer } from './recoveryCodes.ts';
import type { NewSession } from './sessions.ts';
import {
  type BrowserSession,
  totpCodeProblem,
  totpStateOf,
  twoFactorAudit,
  verifiedSessionRotator,
} from './twoFactor.ts';

export type SetupConfirmResult =
  | { ok: true; recoveryCodes: string[]; session: NewSession }
  | { ok: false; problem: 'not_started' | 'already_enabled' }
  | { ok: false; error: MessageKey };

/**
 * Turns two-step verification on once the person types a valid code from their app: gives them ten
 * recovery codes (shown once, stored hashed) and replaces their session with a verified one.
 */
export async function twoFactorSetupConfirmer(
  context: CommandContext,
  props: BrowserSession & { userId: number; code: string },
): Promise<SetupConfirmResult> {
  const { trx } = context;
  const state = await totpStateOf(trx, props.userId);
  if (state.enabledAt) return { ok: false, problem: 'already_enabled' };
  if (!state.secret) return { ok: false, problem: 'not_started' };
  const error = await totpCodeProblem(trx, {
    userId: props.userId,
    secret: state.secret,
    code: props.code,
    now: context.now,
  });
  if (error) return { ok: false, error };
  await trx
    .updateTable('users')
    .set({ totpEnabledAt: context.now.toISOString() })
    .where('id', '=', props.userId)
    .execute();
  const recoveryCodes = await recoveryCodesReplacer(trx, props.userId, context.now);
  const session = await verifiedSessionRotator(trx, context, props);
  await twoFactorAudit(trx, context, props.userId, {
    action: 'user.two_factor_enabled',
    summary: {
      before: { twoFactor: false },
      after: { twoFactor: true, recoveryCodes: recoveryCodes.length },
    },
  });
  return { ok: true, recoveryCodes, session };
}
