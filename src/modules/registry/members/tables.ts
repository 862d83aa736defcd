import type { Generated } from 'kysely';

/** A checked members file awaiting confirmation, keyed by a random id (the app keeps no state in memory). */
export interface MemberImportsTable {
  id: string;
  clusterId: number;
  userId: number;
  fileName: string;
  /** JSON of an ImportPreview. */
  preview: string;
  createdAt: string;
  expiresAt: string;
}

export type MemberChangeStatus = 'pending' | 'approved' | 'rejected';

/** A member-list change of a published cluster, applied only once an operator approves it. */
export interface MemberChangesTable {
  id: Generated<number>;
  clusterId: number;
  requestedBy: number | null;
  /** JSON of a MemberChange. */
  change: string;
  status: MemberChangeStatus;
  reason: string | null;
  decidedBy: number | null;
  decidedAt: string | null;
  createdAt: string;
}
