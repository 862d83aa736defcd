import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { TeamRole } from '../tables.ts';

export interface TeamMember {
  userId: number;
  name: string;
  email: string;
  role: TeamRole;
  createdAt: string;
}

/** The owner first, then editors by the date they joined. */
export async function teamOf(db: Kysely<Database>, clusterId: number): Promise<TeamMember[]> {
  const rows = await db
    .selectFrom('clusterEditors')
    .innerJoin('users', 'users.id', 'clusterEditors.userId')
    .select([
      'clusterEditors.userId',
      'users.name',
      'users.email',
      'clusterEditors.role',
      'clusterEditors.createdAt',
    ])
    .where('clusterEditors.clusterId', '=', clusterId)
    .orderBy('clusterEditors.createdAt')
    .orderBy('clusterEditors.userId')
    .execute();
  return [...rows.filter((row) => row.role === 'owner'), ...rows.filter((row) => row.role !== 'owner')];
}

export interface OpenInvitation {
  id: number;
  email: string;
  expiresAt: string;
}

export async function openInvitationsOf(
  db: Kysely<Database>,
  clusterId: number,
  now: Date,
): Promise<OpenInvitation[]> {
  return db
    .selectFrom('teamInvitations')
    .select(['id', 'email', 'expiresAt'])
    .where('clusterId', '=', clusterId)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now.toISOString())
    .orderBy('id')
    .execute();
}

/** Where mail about a cluster goes: its team's addresses, else the cluster's own e-mail. */
export async function teamAddresses(
  db: Kysely<Database>,
  cluster: { id: number; email: string | null },
): Promise<{ email: string; name: string }[]> {
  const team = await teamOf(db, cluster.id);
  if (team.length > 0) return team.map(({ email, name }) => ({ email, name }));
  return cluster.email ? [{ email: cluster.email, name: '' }] : [];
}
