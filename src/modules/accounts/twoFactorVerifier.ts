import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { recoveryCodeConsumer, unusedRecoveryCodeCount } from './recoveryCodes.ts';
import type { NewSession } from './sessions.ts';
import {
  accountAudit,
  type BrowserSession,
  codeRefused,
  sessionRotator,
  totpCodeAccepter,
  totpStateOf,
} from './twoFactor.ts';

export type VerificationMethod = 'totp' | 'recovery_code';

export interface Verified {
  session: NewSession;
  method: VerificationMethod;
}

const SIX_DIGITS = /^\d{6}$/;

/**
 * The second step of signing in: a code from the authenticator app, or one of the recovery codes
 * (each works once). On success the half-signed-in session is replaced by a verified one.
 */
export async function twoFactorVerifier(
  context: CommandContext,
  props: BrowserSession & { userId: number; code: string },
): Promise<Verified> {
  if (props.code.trim() === '') throw codeRefused('code', 'twoFactor.codeRequired');
  const { trx } = context;
  const method = await acceptedMethod(trx, context, props);
  if (!method) throw codeRefused('code', 'twoFactor.codeOrRecoveryInvalid');
  const session = await sessionRotator(trx, context, { ...props, twoFactorVerified: true });
  const recoveryCodesLeft =
    method === 'recovery_code' ? await unusedRecoveryCodeCount(trx, props.userId) : undefined;
  await accountAudit(trx, context, props.userId, {
    action: 'user.two_factor_verified',
    summary: { after: { method, recoveryCodesLeft } },
  });
  return { session, method };
}

async function acceptedMethod(
  trx: Transaction<Database>,
  context: CommandContext,
  props: { userId: number; code: string },
): Promise<VerificationMethod | null> {
  const state = await totpStateOf(trx, props.userId);
  if (!state.enabledAt || !state.secret) return null;
  const typed = props.code.replace(/\s+/g, '');
  if (SIX_DIGITS.test(typed)) {
    const accepted = await totpCodeAccepter(trx, {
      userId: props.userId,
      secret: state.secret,
      code: typed,
      now: context.now,
    });
    return accepted ? 'totp' : null;
  }
  const used = await recoveryCodeConsumer(trx, { userId: props.userId, code: props.code, now: context.now });
  return used ? 'recovery_code' : null;
}
