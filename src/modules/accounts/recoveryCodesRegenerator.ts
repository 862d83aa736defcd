import type { CommandContext } from '../../platform/commandContext.ts';
import { recoveryCodesReplacer } from './recoveryCodes.ts';
import { accountAudit, codeRefused, notEnabled, totpCodeProblem, totpStateOf } from './twoFactor.ts';

/**
 * Ten new recovery codes in place of the old ones (used or not), after a current code from the app
 * (given as `field`, which a wrong code is refused under).
 */
export async function recoveryCodesRegenerator(
  context: CommandContext,
  props: { userId: number; code: string; field: string },
): Promise<string[]> {
  const { trx } = context;
  const state = await totpStateOf(trx, props.userId);
  if (!state.enabledAt) throw notEnabled();
  const error = await totpCodeProblem(trx, {
    userId: props.userId,
    secret: state.secret,
    code: props.code,
    now: context.now,
  });
  if (error) throw codeRefused(props.field, error);
  const recoveryCodes = await recoveryCodesReplacer(trx, props.userId, context.now);
  await accountAudit(trx, context, props.userId, {
    action: 'user.recovery_codes_regenerated',
    summary: { after: { recoveryCodes: recoveryCodes.length } },
  });
  return recoveryCodes;
}
