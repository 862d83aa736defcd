import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { KyselyRateLimitStore } from '../../platform/rateLimit/kyselyStore.ts';
import { RateLimiter } from '../../platform/rateLimit/limiter.ts';
import { RedisRateLimitStore } from '../../platform/rateLimit/redisStore.ts';
import type { RateLimitStore } from '../../platform/rateLimit/store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    rateLimiter: RateLimiter;
  }
}

/** Counters in Redis; the connection closes with the app. The client is loaded only when used. */
async function redisStore(app: FastifyInstance, url: string): Promise<RateLimitStore> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  redis.on('error', (error) => app.log.warn({ err: error }, 'rate-limit Redis connection failed'));
  app.addHook('onClose', async () => {
    await redis.quit();
  });
  return new RedisRateLimitStore(redis);
}

/** app.rateLimiter: counts shared by every instance, in Redis when REDIS_URL is set, else in the database. */
export default fp(
  async (app: FastifyInstance) => {
    const store = app.config.redisUrl
      ? await redisStore(app, app.config.redisUrl)
      : new KyselyRateLimitStore(app.db);
    app.decorate('rateLimiter', new RateLimiter({ store, clock: app.clock }));
  },
  { name: 'rate-limiter', dependencies: ['database'] },
);
