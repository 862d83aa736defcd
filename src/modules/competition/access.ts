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
 * assigned to it. The assessment module tells whether an expert is assigned (see setAssignedExpertCheck).
 */
type AssignedExpertCheck = (
  db: FastifyRequest['server']['db'],
  userId: number,
  applicationId: number,
) => Promise<boolean>;
let assignedExpertCheck: AssignedExpertCheck = async () => false;

export function setAssignedExpertCheck(check: AssignedExpertCheck): void {
  assignedExpertCheck = check;
}

export async function attachmentReadableBy(
  request: FastifyRequest,
  actor: Actor | null,
  application: Application,
): Promise<boolean> {
  if (!actor) return false;
  const access = await applicationAccess(request, application);
  const assignedExpert =
    actor.roles.includes('expert') &&
    (await assignedExpertCheck(request.server.db, actor.userId, application.id));
  return can(actor, 'applications.readAttachment', { ...access, assignedExpert });
}
