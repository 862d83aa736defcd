import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, TEST_DATABASE_URL } from '../../../test/database.ts';
import { deleteKeys, redisMissing, testRedis, uniquePrefix } from '../../../test/redis.ts';
import { openDatabase } from '../../db/dialect.ts';
import { KyselyRateLimitStore } from './kyselyStore.ts';
import { RedisRateLimitStore } from './redisStore.ts';
import type { RateLimitStore } from './store.ts';

/** Two stores over one backend, as two app instances would have. */
interface SharedStores {
  first: RateLimitStore;
  second: RateLimitStore;
  close(): Promise<void>;
}

async function databaseStores(): Promise<SharedStores> {
  const database = await migratedDatabase();
  const other = openDatabase(database.url);
  return {
    first: new KyselyRateLimitStore(database.db),
    second: new KyselyRateLimitStore(other.db),
    close: async () => {
      await other.close();
      await database.destroy();
    },
  };
}

async function redisStores(): Promise<SharedStores> {
  const prefix = uniquePrefix();
  const [one, two] = [testRedis(), testRedis()];
  return {
    first: new RedisRateLimitStore(one, { prefix }),
    second: new RedisRateLimitStore(two, { prefix }),
    close: async () => {
      await deleteKeys(one, prefix);
      await Promise.all([one.quit(), two.quit()]);
    },
  };
}

const STORES = [
  { name: `database (${TEST_DATABASE_URL.split(':')[0]})`, open: databaseStores, skip: false as const },
  { name: 'Redis', open: redisStores, skip: await redisMissing() },
];

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, 0) + minutes * MINUTE);

for (const kind of STORES) {
  describe(`rate-limit store: ${kind.name}`, { skip: kind.skip }, () => {
    let stores: SharedStores;
    before(async () => {
      stores = await kind.open();
    });
    after(() => stores.close());

    it('counts attempts within a window and starts again once it has ended', async () => {
      const { first } = stores;
      assert.deepEqual(await first.hit('window', 15 * MINUTE, at(0)), { hits: 1, windowEndsAt: at(15) });
      assert.deepEqual(await first.hit('window', 15 * MINUTE, at(5)), { hits: 2, windowEndsAt: at(15) });
      assert.deepEqual(await first.hit('window', 15 * MINUTE, at(14.9)), { hits: 3, windowEndsAt: at(15) });
      assert.deepEqual(await first.hit('window', 15 * MINUTE, at(15)), { hits: 1, windowEndsAt: at(30) });
      assert.deepEqual(await first.hit('window', 15 * MINUTE, at(16)), { hits: 2, windowEndsAt: at(30) });
    });

    it('keeps each key apart and forgets a key on reset', async () => {
      const { first } = stores;
      await first.hit('reset-me', MINUTE, at(0));
      await first.hit('reset-me', MINUTE, at(0));
      assert.equal((await first.hit('other', MINUTE, at(0))).hits, 1);
      await first.reset('reset-me');
      assert.equal((await first.hit('reset-me', MINUTE, at(0))).hits, 1);
    });

    it('counts 20 concurrent attempts from two instances exactly 20 times', async () => {
      const { first, second } = stores;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).hit('concurrent', MINUTE, at(0))),
      );
      const counts = results.map((result) => result.hits).sort((a, b) => a - b);
      assert.deepEqual(
        counts,
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.equal((await first.hit('concurrent', MINUTE, at(0))).hits, 21);
    });

    it('shares one count between two instances', async () => {
      const { first, second } = stores;
      await first.hit('shared', MINUTE, at(0));
      await second.hit('shared', MINUTE, at(0.1));
      assert.deepEqual(await first.hit('shared', MINUTE, at(0.2)), { hits: 3, windowEndsAt: at(1) });
    });
  });
}

describe('rate-limit store: database pruning', () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  before(async () => {
    database = await migratedDatabase();
  });
  after(() => database.destroy());

  const keys = async () =>
    (await database.db.selectFrom('rateLimits').select('key').orderBy('key').execute()).map((row) => row.key);

  it('deletes counters whose window ended more than a day ago and keeps the rest', async () => {
    const store = new KyselyRateLimitStore(database.db, { pruneEvery: 0 });
    await store.hit('prune:old', MINUTE, at(0));
    await store.hit('prune:yesterday', MINUTE, at(60));
    assert.equal(await store.prune(at(24 * 60 + 30)), 1);
    assert.deepEqual(await keys(), ['prune:yesterday']);
    await database.db.deleteFrom('rateLimits').execute();
  });

  it('prunes by itself every N attempts', async () => {
    const store = new KyselyRateLimitStore(database.db, { pruneEvery: 3 });
    await store.hit('auto:old', MINUTE, at(0));
    const twoDaysLater = at(2 * 24 * 60);
    await store.hit('auto:new', MINUTE, twoDaysLater);
    assert.deepEqual(await keys(), ['auto:new', 'auto:old']);
    await store.hit('auto:new', MINUTE, twoDaysLater);
    assert.deepEqual(await keys(), ['auto:new']);
  });
});

describe('rate-limit store: Redis expiry', { skip: await redisMissing() }, () => {
  it('lets Redis delete a counter once its window is over', async () => {
    const prefix = uniquePrefix();
    const redis = testRedis();
    try {
      await new RedisRateLimitStore(redis, { prefix }).hit('expiring', MINUTE, new Date());
      const ttl = await redis.pttl(`${prefix}expiring`);
      assert.ok(ttl > 0 && ttl <= MINUTE, `ttl ${ttl}`);
    } finally {
      await deleteKeys(redis, prefix);
      await redis.quit();
    }
  });
});
