import type { CommandContext } from '../../platform/commandContext.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { recoveryCodesReplacer } from './recoveryCodes.ts';
import { totpCodeProblem, totpStateOf, twoFactorAudit } from './twoFactor.ts';

export type RegenerateResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; problem: 'not_enabled' }
  | { ok: false; error: MessageKey };

/** Ten new recovery codes in place of the old ones (used or not), after a current code from the app. */
export async function recoveryCodesRegenerator(
  context: CommandContext,
  props: { userId: number; code: string },
): Promise<RegenerateResult> {
  const { trx } = context;
  const state = await totpStateOf(trx, props.userId);
  if (!state.enabledAt) return { ok: false, problem: 'not_enabled' };
  const error = await totpCodeProblem(trx, {
    userId: props.userId,
    secret: state.secret,
    code: props.code,
    now: context.now,
  });
  if (error) return { ok: false, error };
  const recoveryCodes = await recoveryCodesReplacer(trx, props.userId, context.now);
  await twoFactorAudit(trx, context, props.userId, {
    action: 'user.recovery_codes_regenerated',
    summary: { after: { recoveryCodes: recoveryCodes.length } },
  });
  return { ok: true, recoveryCodes };
}
