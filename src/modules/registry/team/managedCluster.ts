import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../../platform/domainError.ts';
import { can } from '../../../policies/index.ts';
import type { ClusterAccess } from '../../../policies/registry.ts';
import { clusterAccessOf } from '../team.ts';

export interface ManagedCluster {
  id: number;
  slug: string;
  name: string;
  status: string;
  email: string | null;
  confirmedAt: string | null;
  createdAt: string;
  profileCompleted: number;
  access: ClusterAccess;
  /** Whether the actor may open the team page (the owner): the navigation shows it only then. */
  canManageTeam: boolean;
}

/**
 * The cluster of a /moje-klastry/{slug}/… page, with the actor's place in its team; 404 when there is
 * no such cluster, 403 when the actor may not do the action on it (an editor of another cluster).
 */
export async function managedCluster(
  request: FastifyRequest,
  slug: string,
  action: 'cluster.edit' | 'cluster.manageTeam',
): Promise<ManagedCluster> {
  const db = request.server.db;
  const cluster = await db
    .selectFrom('clusters')
    .select(['id', 'slug', 'name', 'status', 'email', 'confirmedAt', 'createdAt', 'profileCompleted'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!cluster) throw notFound();
  const access = await clusterAccessOf(db, request.actor, cluster.id);
  if (!can(request.actor, action, access)) throw forbidden();
  return { ...cluster, access, canManageTeam: can(request.actor, 'cluster.manageTeam', access) };
}

/** The management area's address of a cluster, e.g. managementPath('klaster-x', 'zespol'). */
export function managementPath(slug: string, page: string): string {
  return `/moje-klastry/${encodeURIComponent(slug)}/${page}`;
}
