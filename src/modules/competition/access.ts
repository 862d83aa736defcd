import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import type { ApplicationAccess } from '../../policies/competition.ts';
import { can } from '../../policies/index.ts';
import type { Actor } from '../accounts/actor.ts';
import { clusterAccessOf } from '../registry/team.ts';
import { type Application, applicationById } from './queries.ts';

export async function applicationAccess(
  request: FastifyRequest,
  application: Application,
): Promise<ApplicationAccess> {
  const access = await clusterAccessOf(request.server.db, request.actor, application.clusterId);
  return { teamRole: access.teamRole };
}

/**
 * The application if the actor may do the action on it; otherwise 404, so nobody learns which
 * applications of other clusters exist.
 */
export async function authorizedApplication(
  request: FastifyRequest,
  id: number,
  action: 'applications.apply' | 'applications.read',
): Promise<{ application: Application; access: ApplicationAccess }> {
  const application = await applicationById(request.server.db, id);
  if (!application) throw notFound();
  const access = await applicationAccess(request, application);
  if (!can(request.actor, action, access)) throw notFound();
  return { application, access };
}

/**
 * Who may download an application's attachments: the cluster's team, the operators, and experts
 * assigned to it. Whether an expert is assigned is told by the modules that assign them (the
 * assessment, under `provides.attachmentReaders` in its module.ts).
 */
export type AssignedExpertCheck = (
  db: FastifyRequest['server']['db'],
  userId: number,
  applicationId: number,
) => Promise<boolean>;

declare module '../../platform/module.ts' {
  interface Provisions {
    attachmentReaders: AssignedExpertCheck;
  }
}

async function assignedExpertCheck(request: FastifyRequest, userId: number, applicationId: number) {
  for (const check of request.server.portal.provided('attachmentReaders')) {
    if (await check(request.server.db, userId, applicationId)) return true;
  }
  return false;
}

export async function attachmentReadableBy(
  request: FastifyRequest,
  actor: Actor | null,
  application: Application,
): Promise<boolean> {
  if (!actor) return false;
  const access = await applicationAccess(request, application);
  const assignedExpert =
    actor.roles.includes('expert') && (await assignedExpertCheck(request, actor.userId, application.id));
  return can(actor, 'applications.readAttachment', { ...access, assignedExpert });
}
