import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../../errors.ts';
import type { Actor } from '../../modules/accounts/actor.ts';
import { actorFromApiToken } from '../../modules/accounts/apiTokens.ts';
import { actorFromSession, SESSION_COOKIE } from '../../modules/accounts/sessions.ts';
import { type Action, can, type RouteAccess } from '../../policies/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every route must say (see the route matrix test). */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The hashed id of the visitor's session, when signed in through the browser. */
    sessionId: string | null;
  }
  interface FastifyReply {
    /** A CSRF token for a form of this page, bound to the visitor's session. */
    csrfToken(): string;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
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
  if (!request.actor) throw new HttpError(401, 'unauthorized', 'auth.signInRequired');
  if (access !== 'signedIn' && !can(request.actor, access as Action)) {
    throw new HttpError(
      403,
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

    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: '_csrf',
      cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: true, secure: options.secureCookies },
      getUserInfo: (request: FastifyRequest) => request.sessionId ?? anonymous,
      csrfOpts: { hmacKey: options.sessionSecret },
    });
    app.decorateReply('csrfToken', function (this: FastifyReply) {
      return this.generateCsrf({ userInfo: this.request.sessionId ?? anonymous });
    });

    app.addHook('onRequest', async (request) => {
      const now = app.clock.now();
      const bearer = bearerOf(request);
      if (bearer !== undefined) {
        request.actor = await actorFromApiToken(app.db, bearer, now);
        if (!request.actor) throw new HttpError(401, 'unauthorized', 'auth.invalidToken');
        return;
      }
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await actorFromSession(app.db, token, now);
      if (session) {
        request.actor = session.actor;
        request.sessionId = session.sessionId;
      }
    });

    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const access = request.routeOptions.config?.access ?? 'public';
      authorize(request, access);
      if (STATE_CHANGING.has(request.method) && needsCsrf(request)) await checkCsrf(app, request, reply);
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

function checkCsrf(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  return new Promise((resolve, reject) => {
    app.csrfProtection(request, reply, (error?: Error) =>
      error ? reject(new HttpError(403, 'csrf_invalid', 'auth.csrfInvalid')) : resolve(),
    );
  });
}
