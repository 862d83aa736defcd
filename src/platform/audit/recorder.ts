import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AuditAction } from './actions.ts';
import { type AuditContent, chainHash, GENESIS_HASH } from './chain.ts';
import { lockAuditChain } from './lock.ts';

export interface AuditEvent {
  /** Who acted; null for the system (the CLI, jobs). */
  actorId: number | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  /** What changed; never passwords, tokens or other secrets. */
  summary?: { before?: unknown; after?: unknown };
  requestId?: string | null;
  ip?: string | null;
}

export interface RecordedEvent {
  id: number;
  hash: string;
}

/**
 * Appends one event to the audit chain, inside the caller's transaction so the event exists exactly
 * when the change it describes does (a plain handle gets a transaction of its own). There is no way
 * to update or delete an event.
 */
export async function auditRecorder(
  db: Kysely<Database> | Transaction<Database>,
  event: AuditEvent,
  now: Date,
): Promise<RecordedEvent> {
  if (db.isTransaction) return append(db as Transaction<Database>, event, now);
  return db.transaction().execute((trx) => append(trx, event, now));
}

async function append(trx: Transaction<Database>, event: AuditEvent, now: Date): Promise<RecordedEvent> {
  await lockAuditChain(trx);
  const last = await trx
    .selectFrom('auditEvents')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = contentOf(event, now);
  const hash = chainHash(content, prevHash);
  const row = await trx
    .insertInto('auditEvents')
    .values({ ...content, prevHash, hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, hash };
}

function contentOf(event: AuditEvent, now: Date): AuditContent {
  return {
    occurredAt: now.toISOString(),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    summary: JSON.stringify(event.summary ?? {}),
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
  };
}
