import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../test/app.ts';
import { Visitor } from '../../test/visitor.ts';
import { totpCodeAt } from '../modules/accounts/totp.ts';
import { movableClock } from '../modules/competition/testing.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, demoLoginLines } from './demo.ts';

/** Issue 11, item 18: a newcomer can run the demo round with the printed logins and demo TOTP key. */
describe('demo staff accounts', () => {
  const time = movableClock('2026-11-27T10:00:00.000Z');
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'demo', clock: time.clock });
  });
  after(async () => portal.close());

  const signIn = async (email: string) => {
    const visitor = new Visitor(portal.app);
    await visitor.get('/konto/logowanie');
    const password = await visitor.post('/konto/logowanie', { email, password: DEMO_PASSWORD, wroc: '' });
    assert.equal(password.statusCode, 303);
    const form = await visitor.get(String(password.headers.location));
    assert.equal(form.statusCode, 200, 'the second step is asked for');
    const uri = demoLoginLines().find((line) => line.includes('otpauth://')) ?? '';
    const secret = new URL(uri.trim()).searchParams.get('secret') ?? '';
    const verified = await visitor.post('/konto/2fa/weryfikacja', {
      code: totpCodeAt(secret, time.clock.now()),
    });
    assert.equal(verified.statusCode, 303, verified.body.slice(0, 300));
    const me = await visitor.get('/api/v1/me');
    return (JSON.parse(me.body) as { roles: string[] }).roles;
  };

  it('prints the logins, the demo TOTP key and an otpauth:// URI for authenticator apps', () => {
    const text = demoLoginLines().join('\n');
    assert.ok(text.includes(DEMO_PASSWORD));
    assert.ok(text.includes(DEMO_TOTP_SECRET));
    assert.match(text, /otpauth:\/\/totp\/[^\s]+secret=KLASTRYDEMOTOTPSECRETFORTRAINING/);
    assert.match(text, /authenticator app/);
    for (const account of DEMO_ACCOUNTS) assert.ok(text.includes(account.email), account.email);
  });

  it('lets a demo expert, the operator and the admin sign in with a code from the printed key, roles effective', async () => {
    assert.ok((await signIn('ekspert2@demo.klastry.example')).includes('expert'));
    assert.ok((await signIn('operator@demo.klastry.example')).includes('operator'));
    assert.ok((await signIn('admin@demo.klastry.example')).includes('admin'));
  });

  it('has at least the experts the demo round needs, each able to act (2FA on), all flagged as demo', async () => {
    const round = await portal.app.db
      .selectFrom('rounds')
      .select('rules')
      .where('isDemo', '=', 1)
      .executeTakeFirstOrThrow();
    const rules = JSON.parse(round.rules) as { expertsPerApplication: number };
    const experts = await portal.app.db
      .selectFrom('users')
      .innerJoin('userRoles', 'userRoles.userId', 'users.id')
      .select(['users.email', 'users.isDemo', 'users.totpEnabledAt'])
      .where('userRoles.role', '=', 'expert')
      .execute();
    const able = experts.filter((expert) => expert.totpEnabledAt !== null);
    // Two per application, and one more for a divergence or an appeal's re-assessment.
    assert.ok(able.length >= rules.expertsPerApplication + 1, `${able.length} able experts`);
    assert.ok(experts.every((expert) => expert.isDemo === 1));
  });
});
