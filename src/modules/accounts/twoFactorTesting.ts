// Used by the tests only: people signing in through the pages and turning two-step verification on.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Visitor } from '../../../test/visitor.ts';
import type { Clock } from '../../platform/clock.ts';
import { totpCodeAt } from './totp.ts';
import { userCreator } from './userCreator.ts';

export const TEST_PASSWORD = 'zielony-rower-pod-mostem-7';

/** A verified account with the test password and the roles given. */
export function createPerson(app: FastifyInstance, clock: Clock, email: string, roles: string[] = []) {
  return userCreator({ db: app.db, clock, email, password: TEST_PASSWORD, roles });
}

/** Opens the page with the form, then sends it with that page's CSRF token, as a browser would. */
export async function submit(
  visitor: Visitor,
  formPage: string,
  action: string,
  fields: Record<string, string>,
): Promise<LightMyRequestResponse> {
  const page = await visitor.get(formPage);
  assert.equal(page.statusCode, 200, `the form page ${formPage} opens`);
  return visitor.post(action, fields);
}

/** A new browser that signs in with the password (the first step only, for people with 2FA on). */
export async function signedInVisitor(
  app: FastifyInstance,
  email: string,
  returnTo = '',
): Promise<{ visitor: Visitor; response: LightMyRequestResponse }> {
  const visitor = new Visitor(app);
  const response = await submit(visitor, '/konto/logowanie', '/konto/logowanie', {
    email,
    password: TEST_PASSWORD,
    wroc: returnTo,
  });
  assert.equal(response.statusCode, 303, 'the password is accepted');
  return { visitor, response };
}

/** Another browser holding a copy of this one's cookies: a stale or stolen session cookie. */
export function copyOf(visitor: Visitor): Visitor {
  const other = new Visitor(visitor.app);
  for (const [name, value] of visitor.cookies) other.cookies.set(name, value);
  return other;
}

/** The TOTP key shown on the setup page, without the spaces that group it. */
export function secretOnPage(html: string): string {
  const secret = html.match(/id="totp-secret">([^<]+)</)?.[1]?.replace(/\s+/g, '');
  assert.ok(secret, 'the setup page shows the key for typing in by hand');
  return secret;
}

export function recoveryCodesOnPage(html: string): string[] {
  return [...html.matchAll(/<li><code class="token">([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Turns two-step verification on through the pages, as the signed-in visitor would. */
export async function enableTwoFactor(
  visitor: Visitor,
  clock: Clock,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await submit(visitor, '/konto', '/konto/2fa/rozpocznij', {});
  assert.equal(started.headers.location, '/konto/2fa');
  const secret = secretOnPage((await visitor.get('/konto/2fa')).body);
  const confirmed = await visitor.post('/konto/2fa', { code: totpCodeAt(secret, clock.now()) });
  assert.equal(confirmed.statusCode, 200, 'the code from the app turns it on');
  const recoveryCodes = recoveryCodesOnPage(confirmed.body);
  assert.equal(recoveryCodes.length, 10);
  return { secret, recoveryCodes };
}

/** A code the authenticator does not show now (the one it will show in ten minutes). */
export function wrongCode(secret: string, clock: Clock): string {
  return totpCodeAt(secret, new Date(clock.now().getTime() + 10 * 60 * 1000));
}

/** The roles the API says the visitor can use now, sorted; null when it is not signed in. */
export async function usableRoles(visitor: Visitor): Promise<string[] | null> {
  const response = await visitor.get('/api/v1/me');
  if (response.statusCode === 401) return null;
  assert.equal(response.statusCode, 200);
  return (JSON.parse(response.body) as { roles: string[] }).roles.sort();
}

/**
 * A test clock standing still except when a test asks for a fresh authenticator code: each code
 * is good once (RFC 6238 §5.2), so every new code moves the clock to the next 30-second step.
 */
export function steppingClock(start = '2026-12-01T09:00:00.000Z') {
  let instant = new Date(start).getTime();
  const clock: Clock = { now: () => new Date(instant) };
  const freshCode = (secret: string) => {
    instant += 30_000;
    return totpCodeAt(secret, clock.now());
  };
  return { clock, freshCode };
}
