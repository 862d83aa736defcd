import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { openDatabase } from '../../db/dialect.ts';
import { statusOfDomainError } from '../../plugins/app/errors.ts';
import { DomainError } from '../domainError.ts';
import { KyselyRateLimitStore } from './kyselyStore.ts';
import { RateLimiter, rateLimitKey } from './limiter.ts';
import { progressiveDelayMs } from './rules.ts';

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, 0) + minutes * MINUTE);

describe('progressive delay', () => {
  it('answers the free attempts at once, then waits 250 ms doubling up to 5 s', () => {
    const delays = Array.from({ length: 10 }, (_, i) => progressiveDelayMs(i + 1, 2));
    assert.deepEqual(delays, [0, 0, 250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });
});

describe('RateLimiter', () => {
  let database: TestDatabase;
  let limiter: RateLimiter;
  before(async () => {
    database = await migratedDatabase();
    limiter = new RateLimiter({ store: new KyselyRateLimitStore(database.db) });
  });
  after(() => database.destroy());

  it('slows sign-in attempts for one account, refuses the sixth, and allows again after 15 minutes', async () => {
    const decisions = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      decisions.push(await limiter.check('login_account', 'anna@example.pl', at(attempt)));
    }
    assert.deepEqual(
      decisions.map(({ allowed, hits, delayMs }) => ({ allowed, hits, delayMs })),
      [
        { allowed: true, hits: 1, delayMs: 0 },
        { allowed: true, hits: 2, delayMs: 0 },
        { allowed: true, hits: 3, delayMs: 250 },
        { allowed: true, hits: 4, delayMs: 500 },
        { allowed: true, hits: 5, delayMs: 1000 },
        { allowed: false, hits: 6, delayMs: 0 },
      ],
    );
    assert.equal(decisions[5]?.retryAfterSeconds, 10 * 60);

    const nextWindow = await limiter.check('login_account', 'anna@example.pl', at(15));
    assert.deepEqual(nextWindow, { allowed: true, hits: 1, retryAfterSeconds: 15 * 60, delayMs: 0 });
  });

  it('starts the count again after a successful sign-in', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      await limiter.check('login_account', 'bartek@example.pl', at(0));
    await limiter.reset('login_account', 'bartek@example.pl');
    assert.equal((await limiter.check('login_account', 'bartek@example.pl', at(1))).hits, 1);
  });

  it('stores only a hash of the e-mail, and counts it the same whatever its case', async () => {
    await limiter.check('reset_account', 'Celina.Nowak@Example.PL ', at(0));
    await limiter.check('reset_account', 'celina.nowak@example.pl', at(0));
    const rows = await database.db.selectFrom('rateLimits').selectAll().execute();
    assert.doesNotMatch(JSON.stringify(rows), /celina/i);
    const row = rows.find((r) => r.key === rateLimitKey('reset_account', 'celina.nowak@example.pl'));
    assert.match(row?.key ?? '', /^reset_account:[0-9a-f]{64}$/);
    assert.equal(row?.hits, 2);
  });

  it('keeps each rule apart for the same subject', async () => {
    await limiter.check('register_ip', '203.0.113.7', at(0));
    assert.equal((await limiter.check('login_ip', '203.0.113.7', at(0))).hits, 1);
  });

  it('shares the count between two instances on the same database', async () => {
    const other = openDatabase(database.url);
    try {
      const second = new RateLimiter({ store: new KyselyRateLimitStore(other.db) });
      for (let attempt = 0; attempt < 3; attempt++) await limiter.check('token_account', 'user-7', at(0));
      for (let attempt = 0; attempt < 2; attempt++) await second.check('token_account', 'user-7', at(0));
      assert.equal((await limiter.check('token_account', 'user-7', at(1))).allowed, false);
    } finally {
      await other.close();
    }
  });

  it('holds an allowed attempt for its delay and refuses with a 429 naming the minutes', async () => {
    const waits: number[] = [];
    const clock = { now: () => at(0) };
    const sleep = async (ms: number) => waits.push(ms);
    const enforcing = new RateLimiter({ store: new KyselyRateLimitStore(database.db), clock, sleep });
    for (let attempt = 0; attempt < 5; attempt++) await enforcing.enforce('token_account', 'user-8');
    assert.deepEqual(waits, [250, 500, 1000]);
    const refusal = await enforcing.enforce('token_account', 'user-8').catch((error: unknown) => error);
    assert.ok(refusal instanceof DomainError);
    assert.equal(statusOfDomainError(refusal), 429);
    assert.equal(refusal.messageKey, 'rateLimit.tooMany');
    assert.deepEqual(refusal.params, { minutes: 15 });
    assert.deepEqual(refusal.headers, { 'retry-after': '900' });
  });

  it('prunes counters whose window ended more than a day ago', async () => {
    await limiter.check('reset_ip', '198.51.100.1', at(0));
    assert.ok((await limiter.prune(at(3 * 24 * 60))) >= 1);
    const key = rateLimitKey('reset_ip', '198.51.100.1');
    const left = await database.db.selectFrom('rateLimits').select('key').where('key', '=', key).execute();
    assert.deepEqual(left, []);
  });
});
