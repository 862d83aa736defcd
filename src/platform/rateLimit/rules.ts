const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export interface RateLimitRule {
  /** Attempts allowed in one window; the next one is refused until the window ends. */
  limit: number;
  windowMs: number;
  /** Attempts answered at once; each later one waits longer (see progressiveDelayMs). */
  freeHits: number;
}

/**
 * The rules the accounts pages use. Per-IP rules are looser than per-account ones, because one
 * office or school may share an address; per-account rules stop guessing one person's password.
 */
export const RATE_LIMIT_RULES = {
  /** Sign-in attempts from one IP address, whatever the account. */
  login_ip: { limit: 20, windowMs: 15 * MINUTE, freeHits: 10 },
  /** Sign-in attempts for one e-mail address; reset after a successful sign-in. */
  login_account: { limit: 5, windowMs: 15 * MINUTE, freeHits: 2 },
  /** New accounts from one IP address (an office or a training room may register together). */
  register_ip: { limit: 10, windowMs: HOUR, freeHits: 5 },
  /** Password-reset requests from one IP address. */
  reset_ip: { limit: 10, windowMs: HOUR, freeHits: 3 },
  /** Password-reset e-mails to one address, so nobody's inbox can be flooded. */
  reset_account: { limit: 3, windowMs: HOUR, freeHits: 1 },
  /** One-time codes and e-mail link tokens tried from one IP address. */
  token_ip: { limit: 30, windowMs: 15 * MINUTE, freeHits: 10 },
  /** One-time codes tried for one account (a 6-digit code must not be guessable). */
  token_account: { limit: 5, windowMs: 15 * MINUTE, freeHits: 2 },
  /** KKK certificate look-ups (by code or file) from one IP address: enough for any honest checker. */
  certificate_ip: { limit: 120, windowMs: 15 * MINUTE, freeHits: 60 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitRuleName = keyof typeof RATE_LIMIT_RULES;
export type RateLimitRules = Record<RateLimitRuleName, RateLimitRule>;

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;

/** 0 for the free attempts, then 250 ms doubling with each attempt, never more than 5 s. */
export function progressiveDelayMs(hits: number, freeHits: number): number {
  const slowed = hits - freeHits;
  if (slowed <= 0) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (slowed - 1), MAX_DELAY_MS);
}
