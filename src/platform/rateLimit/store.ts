/** The count after one more attempt, and when its window ends. */
export interface HitResult {
  hits: number;
  windowEndsAt: Date;
}

/**
 * Where the counters live, shared by every app instance: the database by default, Redis when
 * REDIS_URL is set. A window starts with the first attempt and lasts windowMs; `hit` must count
 * atomically, so concurrent attempts from several instances are each counted once.
 */
export interface RateLimitStore {
  hit(key: string, windowMs: number, now: Date): Promise<HitResult>;
  reset(key: string): Promise<void>;
  /** Forgets counters whose window ended long ago; returns how many it removed. */
  prune(now: Date): Promise<number>;
}
