import { sha256 } from '../secrets.ts';

/** The prev_hash of the first event: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event that its hash covers (everything but id, prev_hash and hash). */
export interface AuditContent {
  occurredAt: string;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  requestId: string | null;
  ip: string | null;
}

/**
 * SHA-256 over the event's content and its predecessor's hash, as JSON with sorted keys. Frozen: the
 * field names and their order of sorting are part of every stored hash, so they must never change.
 */
export function chainHash(content: AuditContent, prevHash: string): string {
  const fields: Record<string, string | number | null> = {
    action: content.action,
    actorId: content.actorId,
    entityId: content.entityId,
    entityType: content.entityType,
    ip: content.ip,
    occurredAt: content.occurredAt,
    prevHash,
    requestId: content.requestId,
    summary: content.summary,
  };
  return sha256(JSON.stringify(fields));
}
