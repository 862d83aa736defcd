import type { FastifyReply, FastifyRequest } from 'fastify';
import { originOf } from '../../plugins/app/commandContext.ts';
import type { RequestContext } from './context.ts';
import { ABSOLUTE_TIMEOUT_MS, SESSION_COOKIE } from './sessions.ts';

/**
 * The request's facts (from the one builder, originOf) with the database handle, for the three use
 * cases that hash a password before they open their transaction (registration, password reset,
 * e-mail change): hashing inside the request's transaction would hold it ~65 ms. Every other use
 * case runs through runCommand.
 */
export function requestContext(request: FastifyRequest): RequestContext {
  const origin = originOf(request);
  return {
    db: request.server.db,
    now: origin.now,
    locale: origin.locale,
    baseUrl: origin.baseUrl,
    requestId: request.id,
    ip: request.ip,
  };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.server.config.baseUrl.startsWith('https:'),
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function formBody(request: FastifyRequest): Record<string, unknown> {
  return (request.body ?? {}) as Record<string, unknown>;
}
