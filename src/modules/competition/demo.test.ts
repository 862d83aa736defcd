import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { removeDemo, seedDemo } from '../../seed/demo.ts';
import { seedReference } from '../../seed/reference.ts';
import { roundPhase } from './roundRecorder.ts';
import { movableClock } from './testing.ts';

describe('demo competition', () => {
  let database: TestDatabase;
  let dataDir: string;
  const time = movableClock('2026-11-27T10:00:00.000Z');
  before(async () => {
    database = await migratedDatabase();
    await seedReference(database.db, time.clock);
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-demo-'));
    await seedDemo(database.db, time.clock, dataDir);
  });
  after(async () => {
    await database.destroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('has a round open now with the latest rules, a draft of the demo coordinator and submitted applications', async () => {
    const round = await database.db
      .selectFrom('rounds')
      .selectAll()
      .where('isDemo', '=', 1)
      .executeTakeFirstOrThrow();
    assert.equal(roundPhase(round, time.clock.now()), 'open');
    const applications = await database.db
      .selectFrom('applications')
      .select('state')
      .where('roundId', '=', round.id)
      .execute();
    assert.equal(applications.length, 3);
    assert.ok(applications.some((a) => a.state === 'draft'));
    assert.ok(applications.some((a) => a.state === 'submitted'));
    const team = await database.db
      .selectFrom('clusterEditors')
      .innerJoin('users', 'users.id', 'clusterEditors.userId')
      .select('clusterEditors.clusterId')
      .where('users.email', '=', 'koordynator@demo.klastry.example')
      .execute();
    assert.equal(team.length >= 1, true);
  });

  it('goes away with the rest of the demo data', async () => {
    await removeDemo(database.db);
    assert.equal((await database.db.selectFrom('applications').select('id').execute()).length, 0);
    assert.equal((await database.db.selectFrom('rounds').select('id').execute()).length, 0);
  });
});
