import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../../../platform/domainError.ts';
import { type Action, can } from '../../../policies/index.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import type { Actor } from '../../accounts/actor.ts';
import { clusterAccessOf } from '../team.ts';
import { loadRegistration, type RegistrationRecord } from './queries.ts';

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** Message keys to the visitor's language. */
export function translated(
  request: FastifyRequest,
  errors: Partial<Record<string, MessageKey>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, key]) => (key ? [[field, request.t(key)]] : [])),
  );
}

/**
 * A registration the actor may act on with the cluster action (edit: its team): 404 when there is no
 * such cluster, 403 when it is someone else's.
 */
export async function registrationFor(
  app: FastifyInstance,
  request: FastifyRequest,
  slug: string,
  action: Extract<Action, 'cluster.edit'>,
): Promise<RegistrationRecord> {
  const cluster = await app.db
    .selectFrom('clusters')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  const registration = cluster && (await loadRegistration(app.db, cluster.id));
  if (!registration) throw notFound();
  const access = await clusterAccessOf(app.db, request.actor, registration.clusterId);
  if (!can(request.actor, action, access)) throw forbidden();
  return registration;
}

/** A positive whole number from a path or query parameter, or 404. */
export function idParam(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw notFound();
  return Number(value);
}
