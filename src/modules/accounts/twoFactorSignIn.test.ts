import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { textOf } from '../../../test/html.ts';
import { Visitor } from '../../../test/visitor.ts';
import { totpCodeAt } from './totp.ts';
import {
  copyOf,
  createPerson,
  enableTwoFactor,
  signedInVisitor,
  steppingClock,
  submit,
  usableRoles,
  wrongCode,
} from './twoFactorTesting.ts';

const { clock, freshCode } = steppingClock();
const VERIFY = '/konto/2fa/weryfikacja';

describe('signing in with two-step verification', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none', clock });
  });
  after(() => portal.close());

  /** An expert with two-step verification on, set up in a browser that is then closed. */
  async function expertWithTwoFactor(email: string) {
    await createPerson(portal.app, clock, email, ['expert']);
    const { visitor } = await signedInVisitor(portal.app, email);
    return enableTwoFactor(visitor, clock);
  }

  it('stops after the password: the next step is the code, and nothing else opens until then', async () => {
    await expertWithTwoFactor('ewa@example.pl');
    const { visitor, response } = await signedInVisitor(
      portal.app,
      'ewa@example.pl',
      '/konto?zapisano=saved',
    );
    assert.equal(response.headers.location, `${VERIFY}?wroc=%2Fkonto%3Fzapisano%3Dsaved`);
    const form = await visitor.get(response.headers.location);
    assert.equal(form.statusCode, 200);
    assert.match(
      form.body,
      /<label class="govuk-label" for="field-code">Kod z aplikacji lub kod odzyskiwania<\/label>/,
    );
    assert.match(form.body, /name="wroc" value="\/konto\?zapisano=saved"/);
    const account = await visitor.get('/konto');
    assert.equal(account.statusCode, 303);
    assert.equal(account.headers.location, '/konto/logowanie?wroc=%2Fkonto');
    assert.equal(await usableRoles(visitor), null);
  });

  it('refuses a wrong code at the field and stays half signed in', async () => {
    const { secret } = await expertWithTwoFactor('edek@example.pl');
    const { visitor } = await signedInVisitor(portal.app, 'edek@example.pl');
    const refused = await submit(visitor, VERIFY, VERIFY, { code: wrongCode(secret, clock) });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /href="#field-code">Ten kod jest nieprawidłowy/);
    assert.match(refused.body, /id="error-code"/);
    const empty = await visitor.post(VERIFY, { code: '  ' });
    assert.match(empty.body, /href="#field-code">Wpisz kod\./);
    assert.equal(await usableRoles(visitor), null);
  });

  it('accepts the code from the app, under a new session id, and goes where the person was going', async () => {
    const { secret } = await expertWithTwoFactor('eryk@example.pl');
    const { visitor } = await signedInVisitor(portal.app, 'eryk@example.pl', '/konto/2fa');
    const halfSignedIn = copyOf(visitor);
    const verified = await submit(visitor, `${VERIFY}?wroc=%2Fkonto%2F2fa`, VERIFY, {
      code: freshCode(secret),
      wroc: '/konto/2fa',
    });
    assert.equal(verified.statusCode, 303);
    assert.equal(verified.headers.location, '/konto/2fa');
    assert.notEqual(visitor.cookies.get('sid'), halfSignedIn.cookies.get('sid'));
    assert.deepEqual(await usableRoles(visitor), ['expert', 'user']);
    assert.equal((await visitor.get('/konto')).statusCode, 200);
    const stale = await halfSignedIn.get('/konto');
    assert.equal(stale.statusCode, 303, 'the cookie from before the code no longer works');
    assert.equal((await halfSignedIn.get(VERIFY)).headers.location, '/konto/logowanie?wroc=%2F');
  });

  it('accepts each recovery code once only', async () => {
    const { recoveryCodes } = await expertWithTwoFactor('edyta@example.pl');
    const [first = '', second = ''] = recoveryCodes;
    const { visitor } = await signedInVisitor(portal.app, 'edyta@example.pl');
    const used = await submit(visitor, VERIFY, VERIFY, { code: first.toUpperCase().replace('-', ' ') });
    assert.equal(used.statusCode, 303, 'typed in capitals with a space, it still works');
    assert.deepEqual(await usableRoles(visitor), ['expert', 'user']);

    const { visitor: again } = await signedInVisitor(portal.app, 'edyta@example.pl');
    const reused = await submit(again, VERIFY, VERIFY, { code: first });
    assert.equal(reused.statusCode, 400);
    assert.match(reused.body, /kod odzyskiwania został już użyty/);
    assert.equal((await again.post(VERIFY, { code: second })).statusCode, 303);
    const account = await again.get('/konto');
    assert.match(textOf(account.body), /Nieużyte kody odzyskiwania 8 /);
  });

  it('sends a visitor who has not given the password to sign in', async () => {
    const stranger = new Visitor(portal.app);
    const page = await stranger.get(VERIFY);
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/konto/logowanie?wroc=%2F');
  });

  it('stops guessing: a few wrong codes in a row are refused with 429', async () => {
    const { secret } = await expertWithTwoFactor('zgadywacz@example.pl');
    const { visitor } = await signedInVisitor(portal.app, 'zgadywacz@example.pl');
    await visitor.get(VERIFY);
    const csrf = visitor.csrf();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push((await visitor.post(VERIFY, { code: wrongCode(secret, clock) }, { csrf })).statusCode);
    }
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 429]);
    const right = await visitor.post(VERIFY, { code: totpCodeAt(secret, clock.now()) }, { csrf });
    assert.equal(right.statusCode, 429, 'even the right code waits for the window to end');
    assert.equal(right.headers['retry-after'], '900');
  });
});
