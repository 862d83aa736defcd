// Used by the tests only: a cluster with its owner (and editors) signed in, as registration leaves it.
import type { FastifyInstance } from 'fastify';
import { signedInPerson } from '../../../../test/factories.ts';
import type { TeamRole } from '../tables.ts';
import { teamMemberAdder } from '../team.ts';
import { buildCluster, type ClusterSpec } from '../testing.ts';

export type Person = Awaited<ReturnType<typeof signedInPerson>>;

/** A cluster (published unless the spec says otherwise) and a signed-in owner of it. */
export async function clusterWithOwner(
  app: FastifyInstance,
  spec: ClusterSpec,
): Promise<{ id: number; slug: string; owner: Person }> {
  const cluster = await buildCluster(app.db, spec);
  const owner = await signedInPerson(app, ['user']);
  await joinTeam(app, cluster.id, owner, 'owner');
  return { ...cluster, owner };
}

export async function joinTeam(
  app: FastifyInstance,
  clusterId: number,
  person: Person,
  role: TeamRole,
): Promise<void> {
  await teamMemberAdder(
    app.db,
    { clusterId, userId: person.id, role, addedBy: null },
    new Date().toISOString(),
  );
}
