/** One counter per rule and subject; the subject is stored only as its SHA-256 (see keyOf). */
export interface RateLimitsTable {
  /** `<rule>:<sha256 of the subject>`. */
  key: string;
  /** Attempts counted in the current window, this one included. */
  hits: number;
  /** When the current window ends; the next attempt after it starts a new window at 1. */
  windowEndsAt: string;
}
