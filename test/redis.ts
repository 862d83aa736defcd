import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the suite's Redis tests use; they are skipped, with this reason, when it does not answer. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A client that fails at once instead of retrying forever, so a missing Redis cannot hang a test. */
export function testRedis(): Redis {
  return new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 1000 });
}

/** Why the Redis tests are skipped, or false when Redis answers. */
export async function redisMissing(): Promise<string | false> {
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return false;
  } catch {
    return `no Redis at ${TEST_REDIS_URL}`;
  } finally {
    redis.disconnect();
  }
}

/** A key prefix no other test run uses. */
export function uniquePrefix(): string {
  return `portal:rl:test:${Date.now().toString(36)}${randomBytes(4).toString('hex')}:`;
}

/** Deletes every key under a prefix. */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  for await (const keys of redis.scanStream({ match: `${prefix}*` })) {
    if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
  }
}
