import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import {
  createPerson,
  enableTwoFactor,
  signedInVisitor,
  steppingClock,
  submit,
  TEST_PASSWORD,
} from './twoFactorTesting.ts';

const { clock, freshCode } = steppingClock();

describe('an API token carries only the rights proven when it was made', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none', clock });
  });
  after(() => portal.close());

  const tokenByApi = async (email: string, totp?: string) => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { email, password: TEST_PASSWORD, name: 'skrypt', ...(totp ? { totp } : {}) },
    });
    assert.equal(response.statusCode, 201, response.body);
    return (response.json() as { token: string }).token;
  };
  const rolesOfToken = async (token: string) => {
    const me = await portal.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    return me.statusCode === 200 ? (me.json() as { roles: string[] }).roles.sort() : me.statusCode;
  };

  it('a token made with the password alone stays a plain user token after 2FA is switched on', async () => {
    await createPerson(portal.app, clock, 'olek@example.pl', ['operator']);
    const early = await tokenByApi('olek@example.pl');
    assert.deepEqual(await rolesOfToken(early), ['user']);
    const { visitor } = await signedInVisitor(portal.app, 'olek@example.pl');
    const { secret } = await enableTwoFactor(visitor, clock);
    assert.deepEqual(await rolesOfToken(early), ['user'], 'the old token gains no staff rights');
    const proven = await tokenByApi('olek@example.pl', freshCode(secret));
    assert.deepEqual(await rolesOfToken(proven), ['operator', 'user'], 'a token made with the code has them');
    const fromPage = await submit(visitor, '/konto', '/konto/tokeny', { tokenName: 'z konta' });
    const pageToken = fromPage.body.match(/<code class="token[^"]*">(pk_[^<]+)<\/code>/)?.[1] ?? '';
    assert.deepEqual(
      await rolesOfToken(pageToken),
      ['operator', 'user'],
      'a token made in a session verified with the code has them too',
    );
  });

  it('switching 2FA off revokes every token of the person', async () => {
    await createPerson(portal.app, clock, 'ula@example.pl');
    const { visitor } = await signedInVisitor(portal.app, 'ula@example.pl');
    const { secret } = await enableTwoFactor(visitor, clock);
    const token = await tokenByApi('ula@example.pl', freshCode(secret));
    assert.deepEqual(await rolesOfToken(token), ['user']);
    const done = await submit(visitor, '/konto/2fa', '/konto/2fa/wylacz', { disableCode: freshCode(secret) });
    assert.equal(done.headers.location, '/konto/2fa?zapisano=wylaczono');
    assert.equal(await rolesOfToken(token), 401);
  });
});
