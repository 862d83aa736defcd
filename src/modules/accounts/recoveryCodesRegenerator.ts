import type { MessageKey } from '../../ui/i18n/messages.ts';
import type { RequestContext } from './context.ts';
import { recoveryCodesReplacer } from './recoveryCodes.ts';
import { totpCodeProblem, totpStateOf, twoFactorAudit } from './twoFactor.ts';

export type RegenerateResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; problem: 'not_enabled' }
  | { ok: false; error: MessageKey };

/** Ten new recovery codes in place of the old ones (used or not), after a current code from the app. */
export async function recoveryCodesRegenerator(
  context: RequestContext,
  props: { userId: number; code: string },
): Promise<RegenerateResult> {
  return context.db.transaction().execute(async (trx): Promise<RegenerateResult> => {
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
  });
}
