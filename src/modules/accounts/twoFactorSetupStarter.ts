import type { CommandContext } from '../../platform/commandContext.ts';
import { newTotpSecret } from './totp.ts';
import { accountAudit, alreadyEnabled, totpStateOf } from './twoFactor.ts';

/**
 * Begins setting up two-step verification: a new secret is kept on the account, not yet in force
 * (totp_enabled_at stays null) until the person proves with a code that their app has it.
 * Starting again replaces the secret, so a half-finished setup never lingers.
 */
export async function twoFactorSetupStarter(
  context: CommandContext,
  props: { userId: number },
): Promise<void> {
  const { trx } = context;
  const state = await totpStateOf(trx, props.userId);
  if (state.enabledAt) throw alreadyEnabled();
  await trx
    .updateTable('users')
    .set({ totpSecret: newTotpSecret() })
    .where('id', '=', props.userId)
    .where('totpEnabledAt', 'is', null)
    .execute();
  await accountAudit(trx, context, props.userId, { action: 'user.two_factor_setup_started' });
}
