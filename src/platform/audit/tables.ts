import type { Generated, Selectable } from 'kysely';

/** One entry of the append-only, hash-chained audit log. Rows are never updated or deleted. */
export interface AuditEventsTable {
  id: Generated<number>;
  occurredAt: string;
  /** The signed-in person who acted; null for the system (the CLI, jobs). */
  actorId: number | null;
  /** What happened, as `entity.verb_past`, e.g. 'user.role_granted'. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** JSON of { before?, after? }: what changed, never secrets. */
  summary: string;
  requestId: string | null;
  ip: string | null;
  /** The hash of the event before this one (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 over this event's content and prevHash. */
  hash: string;
}

export type AuditEventRow = Selectable<AuditEventsTable>;
