import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret of 256 bits for cookies, links in e-mails and API tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256, so a copy of the database cannot be used to sign in. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
