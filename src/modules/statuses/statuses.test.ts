import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import type { Database } from '../../db/schema.ts';
import { systemClock } from '../../platform/clock.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { seedKkkHistory } from '../../seed/kkkHistory.ts';
import { seedReference } from '../../seed/reference.ts';
import { buildCluster } from '../registry/testing.ts';
import { statusExpirer, statusExpiryReminder } from './jobs.ts';
import { holdersAmong, registryByRound } from './queries.ts';
import { statusGranter } from './statusGranter.ts';
import { statusRevoker } from './statusRevoker.ts';
import { stateOn } from './statusState.ts';

const clockAt = (iso: string) => ({ now: () => new Date(iso) });

async function grant(
  db: Kysely<Database>,
  clusterId: number,
  validUntil: string,
  now = new Date('2026-11-27T10:00:00Z'),
) {
  return db.transaction().execute((trx) =>
    statusGranter(
      trx,
      {
        clusterId,
        representedById: null,
        roundId: null,
        roundNumber: 7,
        roundYear: 2026,
        programme: 'kkk',
        documentNumber: 'DIP-VII/2026/01',
        documentDate: '2026-11-20',
        validUntil,
        actorId: null,
      },
      now,
    ),
  );
}

describe('the KKK status registry', () => {
  let database: TestDatabase;
  let db: Kysely<Database>;

  before(async () => {
    database = await migratedDatabase();
    db = database.db;
    await seedReference(db, systemClock);
    assert.equal(await seedKkkHistory(db, systemClock), 17);
  });
  after(() => database.destroy());

  it('holds the real history of rounds I, II and V, inventing nothing', async () => {
    const rounds = await registryByRound(db, { today: '2026-11-27', scope: 'all' });
    assert.deepEqual(
      rounds.map((round) => [round.roundNumber, round.roundYear, round.statuses.length]),
      [
        [5, 2021, 8],
        [2, 2016, 9],
        [1, 2015, 7],
      ],
    );
    const [fifth, second, first] = rounds;
    assert.ok(first?.statuses.every((status) => status.representedBy !== null && status.validUntil === null));
    for (const status of [...(second?.statuses ?? []), ...(fifth?.statuses ?? [])])
      assert.equal(status.representedBy, null, status.clusterName);
    for (const round of rounds)
      for (const status of round.statuses) {
        assert.equal(status.documentNumber, null);
        assert.equal(status.documentDate, null);
      }
    assert.ok(
      fifth?.statuses.every((status) => status.validUntil === '2024-12-31' && status.state === 'expired'),
    );
    assert.ok(second?.statuses.every((status) => status.state === 'unknown'));
    const dolina = await db
      .selectFrom('clusters')
      .select('id')
      .where('name', '=', 'Klaster Dolina Lotnicza')
      .execute();
    assert.equal(dolina.length, 1, 'Dolina Lotnicza is one cluster holding two statuses');
    const statuses = await db
      .selectFrom('kkkStatuses')
      .select('roundNumber')
      .where('clusterId', '=', dolina[0]?.id ?? 0)
      .execute();
    assert.deepEqual(statuses.map((status) => status.roundNumber).sort(), [1, 5]);
    assert.equal(await seedReference(db, systemClock), 0, 'loading again adds nothing');
    assert.equal(await seedKkkHistory(db, systemClock), 0, 'loading again adds nothing');
    assert.deepEqual(await registryByRound(db, { today: '2026-11-27', scope: 'active' }), []);
  });

  it('gives every historical status its own unguessable code', async () => {
    const codes = await db.selectFrom('kkkStatuses').select('verificationCode').execute();
    assert.equal(new Set(codes.map((row) => row.verificationCode)).size, codes.length);
    for (const { verificationCode } of codes) assert.match(verificationCode ?? '', /^[A-Za-z0-9_-]{32}$/);
  });

  it("tells a status's state on a day from its end of validity", () => {
    assert.equal(stateOn({ state: 'active', validUntil: '2026-11-27' }, '2026-11-27'), 'active');
    assert.equal(stateOn({ state: 'active', validUntil: '2026-11-26' }, '2026-11-27'), 'expired');
    assert.equal(stateOn({ state: 'active', validUntil: null }, '2026-11-27'), 'unknown');
  });

  it('grants a status in the caller’s transaction: code, audit, and the registry’s KKK category', async () => {
    const cluster = await buildCluster(db, { name: 'Klaster Nadany', email: 'biuro@nadany.example' });
    const { statusId, verificationCode } = await grant(db, cluster.id, '2029-11-19');
    assert.match(verificationCode, /^[A-Za-z0-9_-]{32}$/);
    const row = await db
      .selectFrom('kkkStatuses')
      .selectAll()
      .where('id', '=', statusId)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'active');
    assert.equal(row.documentNumber, 'DIP-VII/2026/01');
    const audit = await db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityType', '=', 'kkk_status')
      .where('entityId', '=', String(statusId))
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      ['kkk.status.granted'],
    );
    assert.deepEqual([...(await holdersAmong(db, [cluster.id], '2026-11-27'))], [cluster.id]);
    await assert.rejects(grant(db, cluster.id, '2026-01-01'), /validUntil/);
  });

  it('revokes with a reason only, once, audited, and the cluster loses the KKK category', async () => {
    const cluster = await buildCluster(db, { name: 'Klaster Cofnięty' });
    const { statusId } = await grant(db, cluster.id, '2029-11-19');
    const now = new Date('2026-11-28T09:00:00Z');
    const revoke = (reason: string) =>
      commandAs({ db, actorId: null, now }, statusRevoker, { statusId, reason });
    await assert.rejects(revoke('  krótki '), { statusCode: 400 });
    await revoke('Decyzja ministra z 27 listopada 2026 r. uchylająca status.');
    await assert.rejects(revoke('Decyzja ministra po raz drugi.'), { statusCode: 409 });
    const row = await db
      .selectFrom('kkkStatuses')
      .selectAll()
      .where('id', '=', statusId)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'revoked');
    assert.match(row.revokedReason ?? '', /uchylająca/);
    assert.equal((await holdersAmong(db, [cluster.id], '2026-11-28')).size, 0);
    const audit = await db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', String(statusId))
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      ['kkk.status.granted', 'kkk.status.revoked'],
    );
  });

  it('reminds 6 and 3 months ahead once each and expires after the last day, across DST', async () => {
    const cluster = await buildCluster(db, { name: 'Klaster Wygasający', email: 'Biuro@Wygasajacy.example' });
    const owner = await db
      .insertInto('users')
      .values({
        email: 'wlasciciel@wygasajacy.example',
        name: 'Ola',
        passwordHash: 'x',
        createdAt: '2026-01-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('clusterEditors')
      .values({
        clusterId: cluster.id,
        userId: owner.id,
        role: 'owner',
        addedBy: null,
        createdAt: '2026-01-01T00:00:00Z',
      })
      .execute();
    // Valid through 31 March 2027: Warsaw moves to summer time on 28 March 2027.
    const { statusId } = await grant(db, cluster.id, '2027-03-31');
    const mails = () =>
      db
        .selectFrom('mailOutbox')
        .select(['toAddress', 'subject'])
        .where('template', '=', 'kkkStatusExpiring')
        .orderBy('id')
        .execute();
    const run = (iso: string) =>
      statusExpiryReminder({ db, clock: clockAt(iso), baseUrl: 'http://localhost:3000' });
    const expire = (iso: string) => statusExpirer({ db, clock: clockAt(iso) });

    assert.equal(await expire('2026-09-01T10:00:00Z'), 8, 'round V ended on 31 December 2024');
    // 30 September 2026, 23:30 in Warsaw (UTC+2): six months before is 1 October, not yet.
    assert.equal(await run('2026-09-30T21:30:00Z'), 0);
    // 1 October 2026, 00:30 in Warsaw: the 6-month reminder, to the contact e-mail and the owner.
    assert.equal(await run('2026-09-30T22:30:00Z'), 1);
    assert.equal(await run('2026-10-15T10:00:00Z'), 0, 'sent once');
    assert.deepEqual((await mails()).map((mail) => mail.toAddress).sort(), [
      'biuro@wygasajacy.example',
      'wlasciciel@wygasajacy.example',
    ]);
    // 30 December, 23:30 in Warsaw (UTC+1): not yet; 31 December 00:30: the 3-month reminder.
    assert.equal(await run('2026-12-30T22:30:00Z'), 0);
    assert.equal(await run('2026-12-30T23:30:00Z'), 1);
    assert.equal(await run('2027-01-02T10:00:00Z'), 0, 'sent once');
    assert.equal((await mails()).length, 4);
    assert.match((await mails())[0]?.subject ?? '', /31 marca 2027/);

    // 31 March 2027, 23:30 in Warsaw (now UTC+2): still the last valid day.
    assert.equal(await expire('2027-03-31T21:30:00Z'), 0);
    const before = await db
      .selectFrom('kkkStatuses')
      .select('state')
      .where('id', '=', statusId)
      .executeTakeFirstOrThrow();
    assert.equal(before.state, 'active');
    // 1 April 00:30 in Warsaw: expired, once.
    assert.equal(await expire('2027-03-31T22:30:00Z'), 1);
    assert.equal(await expire('2027-04-01T10:00:00Z'), 0);
    const row = await db
      .selectFrom('kkkStatuses')
      .select(['state', 'expiredAt'])
      .where('id', '=', statusId)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'expired');
    assert.equal(new Date(row.expiredAt ?? '').toISOString(), '2027-03-31T22:30:00.000Z');
    const audit = await db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', String(statusId))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      ['kkk.status.granted', 'kkk.status.expiryReminded', 'kkk.status.expiryReminded', 'kkk.status.expired'],
    );
  });
});
