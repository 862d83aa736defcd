import Tokens from '@fastify/csrf';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../modules/accounts/actor.ts';
import { actorFromApiToken } from '../../modules/accounts/apiTokens.ts';
import { actorFromSession, SESSION_COOKIE } from '../../modules/accounts/sessions.ts';
import { DomainError, unauthenticated } from '../../platform/domainError.ts';
import type { RouteAccess } from '../../policies/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every route must say (see the route matrix test). */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The hashed id of the visitor's session, when signed in through the browser. */
    sessionId: string | null;
    /** Signed in with a password, the TOTP code still to give: the user behind the session. */
    awaitingTwoFactorUserId: number | null;
  }
  interface FastifyInstance {
    /** Whether a state-changing request carries a CSRF token made for this visitor and session. */
    csrfValid(request: FastifyRequest): boolean;
  }
  interface FastifyReply {
    /** A CSRF token for a form of this page, bound to the visitor's session. */
    csrfToken(): string;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_COOKIE = '_csrf';

function csrfSecretOf(request: FastifyRequest): string | undefined {
  const signed = request.cookies[CSRF_COOKIE];
  if (!signed) return undefined;
  const unsigned = request.unsignCookie(signed);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

/** From the form field, or a header for scripts that post JSON with the session cookie. */
function csrfTokenOf(request: FastifyRequest): string | undefined {
  const fromBody = (request.body as { _csrf?: unknown } | undefined)?._csrf;
  if (typeof fromBody === 'string') return fromBody;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}
const anonymous = 'anonymous';

export interface AuthOptions {
  sessionSecret: string;
  secureCookies: boolean;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** Refuses a request the route's access rule does not allow: 401 when signed out, 403 otherwise. */
export function authorize(request: FastifyRequest, access: RouteAccess): void {
  if (access === 'public') return;
  if (!request.actor) throw unauthenticated();
  if (access !== 'signedIn' && !request.server.portal.can(request.actor, access)) {
    throw new DomainError(
      'forbidden',
      'forbidden',
      request.actor.rolesAwaitingTwoFactor.length > 0 ? 'auth.twoFactorRequired' : 'auth.forbidden',
    );
  }
}

/**
 * Who is asking (session cookie or bearer token), CSRF on every state-changing request that a
 * browser could have been tricked into sending, and each route's access rule, checked in one place.
 */
export default fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('sessionId', null);
    app.decorateRequest('awaitingTwoFactorUserId', null);

    // Double-submit: a random secret in a signed HttpOnly cookie, and per-form tokens derived from it
    // and bound to the session, so a token from another visitor or session is worthless.
    const tokens = Tokens({ userInfo: true, hmacKey: options.sessionSecret }) as Tokens.TokensUserinfo;
    const cookieOptions = {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      signed: true,
      secure: options.secureCookies,
    } as const;

    app.decorateReply('csrfToken', function (this: FastifyReply) {
      const request = this.request;
      let secret = csrfSecretOf(request);
      if (!secret) {
        secret = tokens.secretSync();
        request.cookies[CSRF_COOKIE] = this.signCookie(secret);
        this.setCookie(CSRF_COOKIE, secret, cookieOptions);
      }
      return tokens.create(secret, request.sessionId ?? anonymous);
    });

    app.decorate('csrfValid', (request: FastifyRequest) => {
      const secret = csrfSecretOf(request);
      const token = csrfTokenOf(request);
      return Boolean(secret && token && tokens.verify(secret, token, request.sessionId ?? anonymous));
    });

    app.addHook('onRequest', async (request) => {
      const now = app.clock.now();
      const bearer = bearerOf(request);
      if (bearer !== undefined) {
        request.actor = await actorFromApiToken(app.db, bearer, now);
        if (!request.actor) throw new DomainError('unauthenticated', 'unauthorized', 'auth.invalidToken');
        return;
      }
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await actorFromSession(app.db, token, now);
      if (session) {
        request.actor = session.actor;
        request.sessionId = session.sessionId;
        request.awaitingTwoFactorUserId = session.awaitingTwoFactor ? session.userId : null;
      }
    });

    // preValidation: the body is parsed (CSRF reads it) but not yet validated, so a stranger gets 401/403, not 400.
    app.addHook('preValidation', async (request: FastifyRequest) => {
      const access = request.routeOptions.config?.access ?? 'public';
      authorize(request, access);
      if (STATE_CHANGING.has(request.method) && needsCsrf(request) && !app.csrfValid(request)) {
        throw new DomainError('forbidden', 'csrf_invalid', 'auth.csrfInvalid');
      }
    });
  },
  { name: 'auth', dependencies: ['@fastify/cookie', 'database'] },
);

/** Bearer-token calls and cookieless API calls cannot be forged by another site; browser forms can. */
function needsCsrf(request: FastifyRequest): boolean {
  if (request.actor?.via === 'token') return false;
  const isApi = request.url.startsWith('/api/');
  return !isApi || request.cookies[SESSION_COOKIE] !== undefined;
}
