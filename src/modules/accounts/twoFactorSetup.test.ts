import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { textOf } from '../../../test/html.ts';
import {
  copyOf,
  createPerson,
  enableTwoFactor,
  recoveryCodesOnPage,
  secretOnPage,
  signedInVisitor,
  steppingClock,
  submit,
  usableRoles,
  wrongCode,
} from './twoFactorTesting.ts';

const { clock, freshCode } = steppingClock();

describe('setting up two-step verification', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none', clock });
  });
  after(() => portal.close());

  it('keeps an operator without it from acting as operator, and says why on the account page', async () => {
    await createPerson(portal.app, clock, 'olga@example.pl', ['operator']);
    const { visitor, response } = await signedInVisitor(portal.app, 'olga@example.pl');
    assert.equal(response.headers.location, '/konto');
    assert.deepEqual(await usableRoles(visitor), ['user']);
    assert.equal((await visitor.get('/admin/audyt')).statusCode, 403, 'the audit log is for operators');
    const account = await visitor.get('/konto');
    assert.match(
      account.body,
      /Masz role: Operator\. Będą działać dopiero po włączeniu weryfikacji dwuetapowej/,
    );
    assert.match(textOf(account.body), /Stan wyłączona/);
  });

  it('shows a QR code and the key, refuses a wrong code, then turns on with the right one', async () => {
    await createPerson(portal.app, clock, 'otto@example.pl', ['operator']);
    const { visitor } = await signedInVisitor(portal.app, 'otto@example.pl');
    await submit(visitor, '/konto', '/konto/2fa/rozpocznij', {});
    const setup = await visitor.get('/konto/2fa');
    assert.match(
      setup.body,
      /<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="240" height="240" alt="Kod QR[^"]+otto@example\.pl/,
    );
    const secret = secretOnPage(setup.body);

    const refused = await visitor.post('/konto/2fa', { code: wrongCode(secret, clock) });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /role="alert"/);
    assert.match(refused.body, /href="#field-code">Ten kod jest nieprawidłowy/);
    assert.match(refused.body, /aria-invalid="true"/);
    assert.deepEqual(await usableRoles(visitor), ['user']);

    const before = copyOf(visitor);
    const confirmed = await submit(visitor, '/konto/2fa', '/konto/2fa', {
      code: freshCode(secret),
    });
    assert.equal(confirmed.statusCode, 200);
    assert.equal(confirmed.headers['cache-control'], 'no-store');
    assert.match(confirmed.body, /Zapisz je teraz/);
    const codes = recoveryCodesOnPage(confirmed.body);
    assert.equal(new Set(codes).size, 10);

    assert.notEqual(visitor.cookies.get('sid'), before.cookies.get('sid'), 'the session id changed');
    assert.equal(await usableRoles(before), null, 'the session from before no longer works');
    assert.deepEqual(await usableRoles(visitor), ['operator', 'user']);
    assert.equal((await visitor.get('/admin/audyt')).statusCode, 200);
    assert.match(textOf((await visitor.get('/konto')).body), /Stan włączona od 1 grudnia 2026/);
  });

  it('records each step in the audit log, never the codes', async () => {
    const person = await createPerson(portal.app, clock, 'audyt@example.pl');
    const { visitor } = await signedInVisitor(portal.app, 'audyt@example.pl');
    const { recoveryCodes } = await enableTwoFactor(visitor, clock);
    const events = await portal.app.db
      .selectFrom('auditEvents')
      .select(['action', 'summary'])
      .where('entityId', '=', String(person.id))
      .orderBy('id')
      .execute();
    const actions = events.map((event) => event.action);
    assert.deepEqual(actions.slice(-2), ['user.two_factor_setup_started', 'user.two_factor_enabled']);
    const stored =
      JSON.stringify(events) +
      JSON.stringify(await portal.app.db.selectFrom('recoveryCodes').selectAll().execute());
    for (const code of recoveryCodes)
      assert.ok(!stored.includes(code) && !stored.includes(code.replace('-', '')));
  });

  it('makes new recovery codes only with a current code, and the old ones stop working', async () => {
    await createPerson(portal.app, clock, 'regina@example.pl');
    const { visitor } = await signedInVisitor(portal.app, 'regina@example.pl');
    const { secret, recoveryCodes: old } = await enableTwoFactor(visitor, clock);
    const refused = await submit(visitor, '/konto/2fa', '/konto/2fa/kody', {
      regenerateCode: wrongCode(secret, clock),
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /href="#field-regenerateCode">Ten kod jest nieprawidłowy/);
    const renewed = await submit(visitor, '/konto/2fa', '/konto/2fa/kody', {
      regenerateCode: freshCode(secret),
    });
    assert.equal(renewed.statusCode, 200);
    const fresh = recoveryCodesOnPage(renewed.body);
    assert.equal(fresh.length, 10);
    assert.ok(fresh.every((code) => !old.includes(code)));

    const { visitor: later } = await signedInVisitor(portal.app, 'regina@example.pl');
    assert.equal(
      (await submit(later, '/konto/2fa/weryfikacja', '/konto/2fa/weryfikacja', { code: old[0] ?? '' }))
        .statusCode,
      400,
    );
    assert.equal((await later.post('/konto/2fa/weryfikacja', { code: fresh[0] ?? '' })).statusCode, 303);
  });

  it('refuses to turn it off for an administrator, even with a valid code', async () => {
    await createPerson(portal.app, clock, 'adam@example.pl', ['admin']);
    const { visitor } = await signedInVisitor(portal.app, 'adam@example.pl');
    const { secret } = await enableTwoFactor(visitor, clock);
    const manage = await visitor.get('/konto/2fa');
    assert.match(manage.body, /Nie możesz wyłączyć weryfikacji dwuetapowej, dopóki masz role: Administrator/);
    assert.doesNotMatch(manage.body, /action="\/konto\/2fa\/wylacz"/, 'no form that cannot succeed');
    const refused = await visitor.post('/konto/2fa/wylacz', {
      disableCode: freshCode(secret),
    });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /role="alert"[\s\S]*dopóki masz role: Administrator/);
    assert.deepEqual(await usableRoles(visitor), ['admin', 'user'], 'still on, still an administrator');
  });

  it('lets a person without such roles turn it off with a current code', async () => {
    await createPerson(portal.app, clock, 'ula@example.pl');
    const { visitor } = await signedInVisitor(portal.app, 'ula@example.pl');
    const { secret } = await enableTwoFactor(visitor, clock);
    const refused = await submit(visitor, '/konto/2fa', '/konto/2fa/wylacz', { disableCode: '' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /href="#field-disableCode">Wpisz kod\./);
    const done = await submit(visitor, '/konto/2fa', '/konto/2fa/wylacz', {
      disableCode: freshCode(secret),
    });
    assert.equal(done.headers.location, '/konto/2fa?zapisano=wylaczono');
    assert.match((await visitor.get(done.headers.location)).body, /Weryfikacja dwuetapowa została wyłączona/);
    const { response } = await signedInVisitor(portal.app, 'ula@example.pl');
    assert.equal(response.headers.location, '/konto', 'the password alone signs in again');
  });
});
