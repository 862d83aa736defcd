import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { chainHash, GENESIS_HASH } from './chain.ts';
import type { AuditEventRow } from './tables.ts';

export type AuditVerdict =
  | {
      ok: true;
      count: number;
      /** The newest hash: a copy kept elsewhere reveals a cut-off tail. */
      head: string | null;
    }
  | { ok: false; rowId: number; reason: string };

interface Link {
  id: number;
  hash: string;
}

const BATCH = 500;

/**
 * Walks the whole chain in id order and names the first event that breaks it: one whose content no
 * longer matches its hash (edited), or one that does not follow its predecessor (an event before it
 * was deleted, inserted or rewritten). Removing the newest events leaves a shorter valid chain; only a
 * copy of the head hash kept elsewhere reveals that.
 */
export async function auditVerifier(db: Kysely<Database>): Promise<AuditVerdict> {
  let previous: Link | null = null;
  let count = 0;
  for (;;) {
    let query = db.selectFrom('auditEvents').selectAll().orderBy('id').limit(BATCH);
    if (previous) query = query.where('id', '>', previous.id);
    const rows = await query.execute();
    for (const row of rows) {
      const reason = whatBreaks(row, previous);
      if (reason) return { ok: false, rowId: row.id, reason };
      previous = { id: row.id, hash: row.hash };
      count += 1;
    }
    if (rows.length < BATCH) return { ok: true, count, head: previous?.hash ?? null };
  }
}

function whatBreaks(row: AuditEventRow, previous: Link | null): string | null {
  if (chainHash(row, row.prevHash) !== row.hash) {
    return 'its content does not match its hash (the event was edited)';
  }
  if (row.prevHash === (previous?.hash ?? GENESIS_HASH)) return null;
  if (!previous) return 'it does not start the chain (the events before it were deleted)';
  if (row.id > previous.id + 1)
    return `it does not follow event #${previous.id} (${missing(previous.id, row.id)})`;
  return `it does not follow event #${previous.id} (an event was deleted, inserted or rewritten)`;
}

function missing(before: number, after: number): string {
  return after - before === 2
    ? `event #${before + 1} is missing`
    : `events #${before + 1}–#${after - 1} are missing`;
}
