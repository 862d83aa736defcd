import { setTimeout as sleepFor } from 'node:timers/promises';
import { type Clock, systemClock } from '../clock.ts';
import { DomainError } from '../domainError.ts';
import { sha256 } from '../secrets.ts';
import {
  progressiveDelayMs,
  RATE_LIMIT_RULES,
  type RateLimitRuleName,
  type RateLimitRules,
} from './rules.ts';
import type { RateLimitStore } from './store.ts';

export interface RateLimitDecision {
  allowed: boolean;
  /** Attempts in the current window, this one included. */
  hits: number;
  /** Seconds until the window ends (at least 1): the Retry-After of a refusal. */
  retryAfterSeconds: number;
  /** How long to hold this attempt before answering; 0 when refused (a refusal checks nothing). */
  delayMs: number;
}

export interface RateLimiterOptions {
  store: RateLimitStore;
  clock?: Clock;
  rules?: RateLimitRules;
  /** How enforce waits; tests pass one that only records the delay. */
  sleep?: (ms: number) => Promise<unknown>;
}

/**
 * Named limits over a shared store, so every app instance counts the same attempts. Subjects (IP
 * addresses, e-mails) are compared trimmed and lower-cased and stored only as their SHA-256.
 */
export class RateLimiter {
  readonly #store: RateLimitStore;
  readonly #clock: Clock;
  readonly #rules: RateLimitRules;
  readonly #sleep: (ms: number) => Promise<unknown>;

  constructor(options: RateLimiterOptions) {
    this.#store = options.store;
    this.#clock = options.clock ?? systemClock;
    this.#rules = options.rules ?? RATE_LIMIT_RULES;
    this.#sleep = options.sleep ?? sleepFor;
  }

  /** Counts one attempt and says whether it may go on, and after how long a pause. */
  async check(rule: RateLimitRuleName, subject: string, now = this.#clock.now()): Promise<RateLimitDecision> {
    const { limit, windowMs, freeHits } = this.#rules[rule];
    const { hits, windowEndsAt } = await this.#store.hit(rateLimitKey(rule, subject), windowMs, now);
    const allowed = hits <= limit;
    return {
      allowed,
      hits,
      retryAfterSeconds: Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000)),
      delayMs: allowed ? progressiveDelayMs(hits, freeHits) : 0,
    };
  }

  /** Counts one attempt, holds it for its delay, or throws a 429 (with Retry-After) when refused. */
  async enforce(rule: RateLimitRuleName, subject: string): Promise<RateLimitDecision> {
    const decision = await this.check(rule, subject);
    if (!decision.allowed) throw tooManyAttempts(decision.retryAfterSeconds);
    if (decision.delayMs > 0) await this.#sleep(decision.delayMs);
    return decision;
  }

  /** Starts the count again, e.g. the account's sign-in attempts after a successful sign-in. */
  reset(rule: RateLimitRuleName, subject: string): Promise<void> {
    return this.#store.reset(rateLimitKey(rule, subject));
  }

  /** Deletes counters whose window ended more than a day ago (the database store also does it itself). */
  prune(now = this.#clock.now()): Promise<number> {
    return this.#store.prune(now);
  }
}

/** `<rule>:<sha256>`: the rule stays readable, the e-mail or address does not. */
export function rateLimitKey(rule: RateLimitRuleName, subject: string): string {
  return `${rule}:${sha256(subject.trim().toLowerCase())}`;
}

export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  return new DomainError('too_many_requests', 'too_many_requests', 'rateLimit.tooMany', {
    params: { minutes: Math.ceil(retryAfterSeconds / 60) },
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}
