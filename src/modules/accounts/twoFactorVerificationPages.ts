import type { FastifyInstance, FastifyReply } from 'fastify';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import { safeReturnPath } from '../../ui/preferences.ts';
import { formBody, setSessionCookie } from './http.ts';
import { twoFactorVerifier, type Verified } from './twoFactorVerifier.ts';
import { text } from './validation.ts';

const VIEWS = 'modules/accounts/views';
const open = { config: { access: 'public' as const } };

function signInPath(returnTo: string): string {
  return `/konto/logowanie?${new URLSearchParams({ wroc: returnTo })}`;
}

/** Where a finished sign-in lands: the page the person was going to, or their account. */
function landingPath(returnTo: string): string {
  return returnTo === '/' ? '/konto' : returnTo;
}

/**
 * The second step of signing in, for people with two-step verification on: after the password the
 * session is only half signed in (request.awaitingTwoFactorUserId) until a code is given here.
 */
export default async function twoFactorVerificationPages(app: FastifyInstance): Promise<void> {
  const verifyForm = (reply: FastifyReply, returnTo: string, errors: Record<string, string> = {}) =>
    reply.page(
      `${VIEWS}/twoFactorVerify`,
      { returnTo, errors, csrf: reply.csrfToken() },
      { title: reply.request.t('twoFactor.verifyTitle') },
    );

  app.get<{ Querystring: { wroc?: string } }>('/konto/2fa/weryfikacja', open, async (request, reply) => {
    const returnTo = safeReturnPath(request.query.wroc);
    if (request.actor) return reply.redirect(landingPath(returnTo), 303);
    if (request.awaitingTwoFactorUserId === null) return reply.redirect(signInPath(returnTo), 303);
    return verifyForm(reply.header('cache-control', 'no-store'), returnTo);
  });

  app.post('/konto/2fa/weryfikacja', open, async (request, reply) => {
    const body = formBody(request);
    const returnTo = safeReturnPath(body.wroc);
    const userId = request.awaitingTwoFactorUserId;
    if (userId === null) return reply.redirect(signInPath(returnTo), 303);
    // The attempt counts before the code is checked, so a refused code still counts.
    await app.rateLimiter.enforce('token_ip', request.ip);
    await app.rateLimiter.enforce('token_account', `user:${userId}`);
    let result: Verified;
    try {
      result = await runCommand(request, twoFactorVerifier, {
        userId,
        code: text(body.code),
        sessionId: request.sessionId,
        userAgent: request.headers['user-agent'],
      });
    } catch (error) {
      const summary = errorSummaryOf(error, request.t);
      return verifyForm(reply.code(summary.status), returnTo, summary.errors);
    }
    await app.rateLimiter.reset('token_account', `user:${userId}`);
    setSessionCookie(request, reply, result.session.token);
    return reply.redirect(landingPath(returnTo), 303);
  });
}
