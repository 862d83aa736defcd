import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { HitResult, RateLimitStore } from './store.ts';

/** Counters whose window ended more than this long ago are deleted. */
export const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;
const DEFAULT_PRUNE_EVERY = 1000;

export interface KyselyStoreOptions {
  /** Prune after every this many hits of this instance (0 turns it off; `prune` still works). */
  pruneEvery?: number;
}

/** Counters in the rate_limits table: one portable upsert per attempt, atomic on SQLite and PostgreSQL. */
export class KyselyRateLimitStore implements RateLimitStore {
  readonly #db: Kysely<Database>;
  readonly #pruneEvery: number;
  #hitsSincePrune = 0;

  constructor(db: Kysely<Database>, options: KyselyStoreOptions = {}) {
    this.#db = db;
    this.#pruneEvery = options.pruneEvery ?? DEFAULT_PRUNE_EVERY;
  }

  async hit(key: string, windowMs: number, now: Date): Promise<HitResult> {
    const row = await countHit(this.#db, key, now, new Date(now.getTime() + windowMs));
    await this.#pruneNowAndThen(now);
    return { hits: row.hits, windowEndsAt: new Date(row.windowEndsAt) };
  }

  async reset(key: string): Promise<void> {
    await this.#db.deleteFrom('rateLimits').where('key', '=', key).execute();
  }

  async prune(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - PRUNE_AFTER_MS).toISOString();
    const result = await this.#db
      .deleteFrom('rateLimits')
      .where('windowEndsAt', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async #pruneNowAndThen(now: Date): Promise<void> {
    if (this.#pruneEvery <= 0 || ++this.#hitsSincePrune < this.#pruneEvery) return;
    this.#hitsSincePrune = 0;
    await this.prune(now);
  }
}

/**
 * Inserts the counter at 1, or adds 1 to it — or starts it again at 1 with a new window when the old
 * window has ended. One statement, so the database serialises concurrent attempts on the same key.
 */
function countHit(db: Kysely<Database>, key: string, now: Date, windowEndsAt: Date) {
  return db
    .insertInto('rateLimits')
    .values({ key, hits: 1, windowEndsAt: windowEndsAt.toISOString() })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet((eb) => {
        const windowEnded = eb('rateLimits.windowEndsAt', '<=', now.toISOString());
        return {
          hits: eb
            .case()
            .when(windowEnded)
            .then(1)
            .else(eb('rateLimits.hits', '+', 1))
            .end(),
          windowEndsAt: eb
            .case()
            .when(windowEnded)
            .then(eb.ref('excluded.windowEndsAt'))
            .else(eb.ref('rateLimits.windowEndsAt'))
            .end(),
        };
      }),
    )
    .returning(['hits', 'windowEndsAt'])
    .executeTakeFirstOrThrow();
}
