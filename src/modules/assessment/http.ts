import type { FastifyRequest } from 'fastify';
import {
  type DomainError,
  forbidden as forbiddenError,
  unauthenticated,
} from '../../platform/domainError.ts';
import type { Actor } from '../accounts/actor.ts';

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export function forbidden(): DomainError {
  return forbiddenError();
}
