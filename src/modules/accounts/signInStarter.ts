import type { CommandContext } from '../../platform/commandContext.ts';
import type { NewSession } from './sessions.ts';
import { accountAudit, type BrowserSession, sessionRotator } from './twoFactor.ts';

/**
 * Signs in a person whose password `loginAuthenticator` has accepted (checked before the transaction,
 * ~65 ms): the browser's old session ends, a new one starts, and the sign-in is audited. With two-step
 * verification on, the new session is only half signed in until a code is given.
 */
export async function signInStarter(
  context: CommandContext,
  props: BrowserSession & { userId: number },
): Promise<NewSession> {
  const session = await sessionRotator(context.trx, context, { ...props, twoFactorVerified: false });
  await accountAudit(context.trx, context, props.userId, { action: 'user.signed_in' });
  return session;
}
