import type { Generated } from 'kysely';

/** An invitation to a cluster's team for an address with no account yet; only the link's hash is kept. */
export interface TeamInvitationsTable {
  id: Generated<number>;
  clusterId: number;
  /** Lower-cased. */
  email: string;
  tokenHash: string;
  invitedBy: number | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}
