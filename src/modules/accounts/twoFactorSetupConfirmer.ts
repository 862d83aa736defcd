import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError } from '../../platform/domainError.ts';
import { recoveryCodesReplacer } from './recoveryCodes.ts';
import type { NewSession } from './sessions.ts';
import {
  accountAudit,
  alreadyEnabled,
  type BrowserSession,
  codeRefused,
  sessionRotator,
  totpCodeProblem,
  totpStateOf,
} from './twoFactor.ts';

export interface SetupConfirmed {
  recoveryCodes: string[];
  session: NewSession;
}

/**
 * Turns two-step verification on once the person types a valid code from their app: gives them ten
 * recovery codes (shown once, stored hashed) and replaces their session with a verified one.
 * Refused (conflict) when it is already on or was never started, and a wrong code is a field's refusal.
 */
export async function twoFactorSetupConfirmer(
  context: CommandContext,
  props: BrowserSession & { userId: number; code: string },
): Promise<SetupConfirmed> {
  const { trx } = context;
  const state = await totpStateOf(trx, props.userId);
  if (state.enabledAt) throw alreadyEnabled();
  if (!state.secret) throw new DomainError('conflict', 'two_factor_not_started', 'twoFactor.notStarted');
  const error = await totpCodeProblem(trx, {
    userId: props.userId,
    secret: state.secret,
    code: props.code,
    now: context.now,
  });
  if (error) throw codeRefused('code', error);
  await trx
    .updateTable('users')
    .set({ totpEnabledAt: context.now.toISOString() })
    .where('id', '=', props.userId)
    .execute();
  const recoveryCodes = await recoveryCodesReplacer(trx, props.userId, context.now);
  const session = await sessionRotator(trx, context, { ...props, twoFactorVerified: true });
  await accountAudit(trx, context, props.userId, {
    action: 'user.two_factor_enabled',
    summary: {
      before: { twoFactor: false },
      after: { twoFactor: true, recoveryCodes: recoveryCodes.length },
    },
  });
  return { recoveryCodes, session };
}
