import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { ABSOLUTE_TIMEOUT_MS, actorFromSession, IDLE_TIMEOUT_MS, sessionStarter } from './sessions.ts';
import { userCreator } from './userCreator.ts';

const MINUTE = 60_000;

describe('sessions', () => {
  let database: TestDatabase;
  let userId: number;
  const start = new Date('2026-12-01T08:00:00.000Z');
  const at = (ms: number) => new Date(start.getTime() + ms);

  before(async () => {
    database = await migratedDatabase();
    const clock = { now: () => start };
    userId = (
      await userCreator({
        db: database.db,
        clock,
        email: 'sesja@example.pl',
        password: 'zielony-rower-pod-mostem-7',
        roles: [],
      })
    ).id;
  });
  after(() => database.destroy());

  it('end after 30 minutes without activity', async () => {
    const { token } = await sessionStarter(database.db, { userId, now: start });
    assert.ok(await actorFromSession(database.db, token, at(IDLE_TIMEOUT_MS - MINUTE)));
    assert.equal(await actorFromSession(database.db, token, at(2 * IDLE_TIMEOUT_MS)), null);
  });

  it('stay alive while used, but never beyond 12 hours', async () => {
    const { token } = await sessionStarter(database.db, { userId, now: start });
    for (let elapsed = 20 * MINUTE; elapsed < ABSOLUTE_TIMEOUT_MS; elapsed += 20 * MINUTE) {
      assert.ok(
        await actorFromSession(database.db, token, at(elapsed)),
        `alive after ${elapsed / MINUTE} min`,
      );
    }
    assert.equal(await actorFromSession(database.db, token, at(ABSOLUTE_TIMEOUT_MS)), null);
  });

  it('are stored only as a hash of the cookie value', async () => {
    const { token } = await sessionStarter(database.db, { userId, now: start });
    const stored = await database.db.selectFrom('sessions').select('id').execute();
    assert.ok(stored.every((row) => row.id !== token && /^[0-9a-f]{64}$/.test(row.id)));
  });
});
