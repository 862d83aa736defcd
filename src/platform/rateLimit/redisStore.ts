import type { Redis } from 'ioredis';
import type { HitResult, RateLimitStore } from './store.ts';

export const REDIS_KEY_PREFIX = 'portal:rl:';

/**
 * One attempt, atomically (Redis runs a script alone): a hash { hits, ends } per key. The window end
 * comes from the app's clock, as in the database store; Redis's own expiry only removes the key.
 * KEYS[1] key; ARGV[1] now (ms), ARGV[2] window length (ms), ARGV[3] the new window's end (ms).
 */
const HIT_SCRIPT = `
local ends = tonumber(redis.call('HGET', KEYS[1], 'ends'))
if ends == nil or ends <= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'hits', 1, 'ends', ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {1, tonumber(ARGV[3])}
end
return {redis.call('HINCRBY', KEYS[1], 'hits', 1), ends}
`;

/** Counters in Redis under a key prefix; they expire by themselves, so prune has nothing to do. */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, options: { prefix?: string } = {}) {
    this.#redis = redis;
    this.#prefix = options.prefix ?? REDIS_KEY_PREFIX;
  }

  async hit(key: string, windowMs: number, now: Date): Promise<HitResult> {
    const start = now.getTime();
    const args = [String(start), String(windowMs), String(start + windowMs)];
    const [hits, ends] = (await this.#redis.eval(HIT_SCRIPT, 1, this.#prefix + key, ...args)) as [
      number,
      number,
    ];
    return { hits, windowEndsAt: new Date(ends) };
  }

  async reset(key: string): Promise<void> {
    await this.#redis.del(this.#prefix + key);
  }

  async prune(_now: Date): Promise<number> {
    return 0;
  }
}
