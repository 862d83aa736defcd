import { PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

// Any fixed number: it names "the audit chain" among PostgreSQL's advisory locks.
const AUDIT_CHAIN_LOCK = 7_204_251_911;

/**
 * Makes appends to the audit chain take turns until the transaction ends. PostgreSQL would let two
 * transactions read the same last hash; SQLite already admits one writer at a time, so it needs
 * nothing. A use case that checks an invariant before writing its event (the last administrator)
 * may take the lock first, so the check and the write are serialised too.
 */
export async function lockAuditChain(trx: Transaction<Database>): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK)})`.execute(trx);
  }
}
