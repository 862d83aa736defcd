import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';

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
