import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { GENESIS_HASH } from './chain.ts';
import { listAuditEvents } from './queries.ts';
import { type AuditEvent, auditRecorder } from './recorder.ts';
import { auditVerifier } from './verifier.ts';

const event = (n: number, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  actorId: null,
  action: 'user.role_granted',
  entityType: 'user',
  entityId: n,
  summary: { before: { roles: ['user'] }, after: { roles: ['user', 'expert'] } },
  ...overrides,
});

describe('the audit log', () => {
  let database: TestDatabase;
  before(async () => {
    database = await migratedDatabase();
  });
  after(() => database.destroy());
  beforeEach(() => database.db.deleteFrom('auditEvents').execute());

  async function record(count: number, start = new Date('2026-11-27T09:00:00Z')): Promise<number[]> {
    const ids: number[] = [];
    for (let n = 0; n < count; n++) {
      const at = new Date(start.getTime() + n * 60_000);
      ids.push((await auditRecorder(database.db, event(n), at)).id);
    }
    return ids;
  }

  it('chains every event to the one before and verifies', async () => {
    assert.deepEqual(await auditVerifier(database.db), { ok: true, count: 0, head: null });
    await record(3);
    const rows = await database.db.selectFrom('auditEvents').selectAll().orderBy('id').execute();
    assert.equal(rows[0]?.prevHash, GENESIS_HASH);
    assert.equal(rows[1]?.prevHash, rows[0]?.hash);
    assert.equal(rows[2]?.prevHash, rows[1]?.hash);
    assert.deepEqual(await auditVerifier(database.db), { ok: true, count: 3, head: rows[2]?.hash });
  });

  it('names an event whose content was edited behind its back', async () => {
    const [, second] = await record(3);
    await sql`update audit_events set summary = ${'{"after":{"roles":["admin"]}}'} where id = ${second}`.execute(
      database.db,
    );
    const verdict = await auditVerifier(database.db);
    assert.equal(verdict.ok, false);
    assert.equal(!verdict.ok && verdict.rowId, second);
    assert.match(!verdict.ok ? verdict.reason : '', /content does not match its hash/);
  });

  it('notices a deleted event, first or in the middle', async () => {
    const [first, second, third] = await record(4);
    await sql`delete from audit_events where id = ${second}`.execute(database.db);
    const middle = await auditVerifier(database.db);
    assert.deepEqual(middle, {
      ok: false,
      rowId: third,
      reason: `it does not follow event #${first} (event #${second} is missing)`,
    });
    await sql`delete from audit_events where id = ${first}`.execute(database.db);
    const start = await auditVerifier(database.db);
    assert.equal(!start.ok && start.rowId, third);
    assert.match(!start.ok ? start.reason : '', /does not start the chain/);
  });

  it('keeps no event of a change that was rolled back, and the chain stays whole', async () => {
    await record(1);
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await auditRecorder(trx, event(9), new Date());
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    await record(1);
    assert.deepEqual((await auditVerifier(database.db)).ok, true);
    assert.equal((await database.db.selectFrom('auditEvents').select('id').execute()).length, 2);
  });

  it('stays one line when many appends race', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, n) => auditRecorder(database.db, event(n), new Date())));
    const verdict = await auditVerifier(database.db);
    assert.deepEqual(verdict.ok && verdict.count, 12);
  });

  it('lists events newest first, filtered and a page at a time', async () => {
    await record(5);
    await auditRecorder(
      database.db,
      event(7, { action: 'user.created', actorId: 42 }),
      new Date('2026-11-28T10:00:00Z'),
    );
    const all = await listAuditEvents(database.db, {}, { page: 1, perPage: 4 });
    assert.equal(all.total, 6);
    assert.deepEqual(
      all.items.map((row) => row.entityId),
      ['7', '4', '3', '2'],
    );
    const second = await listAuditEvents(database.db, {}, { page: 2, perPage: 4 });
    assert.deepEqual(
      second.items.map((row) => row.entityId),
      ['1', '0'],
    );
    const created = await listAuditEvents(database.db, { action: 'user.created' }, { page: 1, perPage: 10 });
    assert.deepEqual(
      created.items.map((row) => row.actorId),
      [42],
    );
    const byActor = await listAuditEvents(database.db, { actorId: 42 }, { page: 1, perPage: 10 });
    assert.equal(byActor.total, 1);
    const window = await listAuditEvents(
      database.db,
      { from: new Date('2026-11-27T09:01:00Z'), until: new Date('2026-11-27T09:03:00Z') },
      { page: 1, perPage: 10 },
    );
    assert.deepEqual(
      window.items.map((row) => row.entityId),
      ['2', '1'],
    );
    assert.equal(
      (await listAuditEvents(database.db, { entityType: 'cluster' }, { page: 1, perPage: 10 })).total,
      0,
    );
  });
});
