import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { teamOf } from '../team.ts';

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
