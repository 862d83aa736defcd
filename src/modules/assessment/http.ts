import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import {
  type DomainError,
  forbidden as forbiddenError,
  unauthenticated,
} from '../../platform/domainError.ts';
import type { Actor } from '../accounts/actor.ts';
import type { Acting } from './support.ts';

/** Who acts in this request, for the audit log. */
export function actingOf(request: FastifyRequest): Acting {
  return { actorId: request.actor?.userId ?? null, requestId: request.id, ip: request.ip };
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** One transaction per mutating request, with the request's clock reading. */
export function inTransaction<T>(
  request: FastifyRequest,
  work: (trx: Transaction<Database>, now: Date) => Promise<T>,
): Promise<T> {
  const now = request.server.clock.now();
  return request.server.db.transaction().execute((trx) => work(trx, now));
}

export function forbidden(): DomainError {
  return forbiddenError();
}
