import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type TestApp, testApp } from '../../../test/app.ts';
import { redisMissing, TEST_REDIS_URL, testRedis } from '../../../test/redis.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/dialect.ts';
import { rateLimitKey } from '../../platform/rateLimit/limiter.ts';
import { REDIS_KEY_PREFIX } from '../../platform/rateLimit/redisStore.ts';

const clock = { now: () => new Date('2026-12-01T09:00:00.000Z') };

/** A sign-in stand-in: counts the attempt for the e-mail in the query, as the sign-in form will. */
function probeRoutes(app: FastifyInstance): void {
  const signIn = async (request: { query: unknown }) => {
    await app.rateLimiter.enforce('login_account', (request.query as { email: string }).email);
    return { ok: true };
  };
  app.get('/api/v1/__test/sign-in', { config: { access: 'public' } }, signIn);
  app.get('/__test/sign-in', { config: { access: 'public' } }, signIn);
}

/** Uses up the account's five attempts without waiting (check counts but never sleeps). */
async function useUpAttempts(app: FastifyInstance, email: string, attempts = 5): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) await app.rateLimiter.check('login_account', email);
}

describe('rate limiter plugin (database)', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none', clock, routes: probeRoutes });
  });
  after(() => portal.close());

  const signIn = (email: string, options: { cookie?: string; page?: boolean } = {}) =>
    portal.app.inject({
      url: `${options.page ? '' : '/api/v1'}/__test/sign-in?${new URLSearchParams({ email })}`,
      headers: options.cookie ? { cookie: options.cookie } : {},
    });

  it('lets a first attempt through', async () => {
    const response = await signIn('ala@example.pl');
    assert.equal(response.statusCode, 200);
  });

  it('refuses an API attempt over the limit with a 429, Retry-After and a Polish message', async () => {
    await useUpAttempts(portal.app, 'ola@example.pl');
    const response = await signIn('ola@example.pl');
    assert.equal(response.statusCode, 429);
    assert.equal(response.headers['retry-after'], '900');
    assert.deepEqual(JSON.parse(response.body), {
      error: { code: 'too_many_requests', message: 'Zbyt wiele prób. Spróbuj ponownie za 15 min.' },
    });
  });

  it('says the same in English when asked', async () => {
    await useUpAttempts(portal.app, 'eng@example.pl');
    const response = await signIn('eng@example.pl', { cookie: 'lang=en' });
    assert.equal(JSON.parse(response.body).error.message, 'Too many attempts. Please try again in 15 min.');
  });

  it('shows the refusal as a page with Retry-After', async () => {
    await useUpAttempts(portal.app, 'page@example.pl');
    const response = await signIn('page@example.pl', { page: true });
    assert.equal(response.statusCode, 429);
    assert.equal(response.headers['retry-after'], '900');
    assert.match(response.body, /Zbyt wiele prób. Spróbuj ponownie za 15 min./);
  });

  it('counts attempts made through another app instance on the same database', async () => {
    const { database } = portal;
    const other = openDatabase(database.url);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url });
    const secondApp = await buildApp({ config, database: other, clock });
    try {
      await useUpAttempts(secondApp, 'shared@example.pl', 3);
      await useUpAttempts(portal.app, 'shared@example.pl', 2);
      assert.equal((await signIn('shared@example.pl')).statusCode, 429);
    } finally {
      await secondApp.close();
      await other.close();
    }
  });
});

describe('rate limiter plugin (Redis)', { skip: await redisMissing() }, () => {
  let portal: TestApp;
  const email = `redis-${randomBytes(6).toString('hex')}@example.pl`;
  const redisKey = REDIS_KEY_PREFIX + rateLimitKey('login_account', email);
  before(async () => {
    portal = await testApp({ data: 'none', clock, env: { REDIS_URL: TEST_REDIS_URL } });
  });
  after(async () => {
    await portal.app.rateLimiter.reset('login_account', email);
    await portal.close();
  });

  it('keeps the counts in Redis, not in the database, when REDIS_URL is set', async () => {
    await useUpAttempts(portal.app, email, 2);
    const redis = testRedis();
    try {
      assert.equal(await redis.hget(redisKey, 'hits'), '2');
    } finally {
      await redis.quit();
    }
    const rows = await portal.database.db.selectFrom('rateLimits').selectAll().execute();
    assert.deepEqual(rows, []);
  });
});
