import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { browserOf, FACTORY_PASSWORD, signedInPerson } from '../../../test/factories.ts';
import { loginAuthenticator } from './loginAuthenticator.ts';

const NEW_PASSWORD = 'zielony-rower-pod-mostem-7';

describe('changing one’s password on /konto', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none' });
  });
  after(() => portal.close());

  const latestMail = (to: string) =>
    portal.app.db
      .selectFrom('mailOutbox')
      .select(['subject', 'textBody'])
      .where('toAddress', '=', to)
      .orderBy('id', 'desc')
      .executeTakeFirst();

  it('changes it with the current one, keeps this session, ends the others, audits and mails in the owner’s language', async () => {
    const person = await signedInPerson(portal.app, [], { locale: 'en' });
    const phone = await browserOf(portal.app, person.id);
    await person.visitor.get('/konto');
    const changed = await person.visitor.post('/konto/haslo', {
      oldPassword: FACTORY_PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordRepeat: NEW_PASSWORD,
    });
    assert.equal(changed.statusCode, 303);
    assert.equal(changed.headers.location, '/konto?zapisano=password#password');
    const page = await person.visitor.get('/konto?zapisano=password');
    assert.equal(page.statusCode, 200, 'this session stays');
    assert.match(page.body, /Hasło zostało zmienione\. Pozostałe sesje zakończono\./);
    assert.equal((await phone.get('/konto')).statusCode, 303, 'the other session has ended');

    assert.ok(await loginAuthenticator(portal.app.db, { email: person.email, password: NEW_PASSWORD }));
    assert.equal(
      await loginAuthenticator(portal.app.db, { email: person.email, password: FACTORY_PASSWORD }),
      null,
    );
    const hash = await portal.app.db
      .selectFrom('users')
      .select('passwordHash')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    assert.match(hash.passwordHash, /^\$argon2id\$/);
    const mail = await latestMail(person.email);
    assert.match(mail?.subject ?? '', /password/i, 'in English, the owner’s language');
    const audit = await portal.app.db
      .selectFrom('auditEvents')
      .select('actorId')
      .where('action', '=', 'user.password_changed')
      .where('entityId', '=', String(person.id))
      .execute();
    assert.deepEqual(audit, [{ actorId: person.id }]);
  });

  it('refuses a wrong current password and a weak or mismatched new one with field messages, changing nothing', async () => {
    const person = await signedInPerson(portal.app, []);
    await person.visitor.get('/konto');
    const wrong = await person.visitor.post('/konto/haslo', {
      oldPassword: 'to-nie-jest-moje-haslo',
      newPassword: NEW_PASSWORD,
      newPasswordRepeat: NEW_PASSWORD,
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /id="error-oldPassword"/);
    assert.match(wrong.body, /href="#field-oldPassword"/);
    const weak = await person.visitor.post('/konto/haslo', {
      oldPassword: FACTORY_PASSWORD,
      newPassword: 'krotkie',
      newPasswordRepeat: 'krotkie',
    });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /id="error-newPassword"/);
    const mismatch = await person.visitor.post('/konto/haslo', {
      oldPassword: FACTORY_PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordRepeat: `${NEW_PASSWORD}x`,
    });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /id="error-newPasswordRepeat"/);
    assert.ok(await loginAuthenticator(portal.app.db, { email: person.email, password: FACTORY_PASSWORD }));
    assert.equal(await latestMail(person.email), undefined, 'no mail');
  });

  it('stops guessing the current password as sign-in does (429)', async () => {
    const person = await signedInPerson(portal.app, []);
    await person.visitor.get('/konto');
    let last = await person.visitor.post('/konto/haslo', {
      oldPassword: 'zgadywane-0',
      newPassword: NEW_PASSWORD,
    });
    for (let attempt = 1; attempt < 8 && last.statusCode !== 429; attempt++) {
      last = await person.visitor.post('/konto/haslo', {
        oldPassword: `zgadywane-${attempt}`,
        newPassword: NEW_PASSWORD,
        newPasswordRepeat: NEW_PASSWORD,
      });
    }
    assert.equal(last.statusCode, 429);
  });

  it('is for signed-in people only', async () => {
    const response = await portal.app.inject({ method: 'POST', url: '/konto/haslo', payload: {} });
    assert.ok([303, 401, 403].includes(response.statusCode), String(response.statusCode));
  });
});
