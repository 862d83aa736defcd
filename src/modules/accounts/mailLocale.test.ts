import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { signedInPerson } from '../../../test/factories.ts';
import { Visitor } from '../../../test/visitor.ts';

const PASSWORD = 'zielony-rower-pod-mostem-7';

describe('the language of a person’s mail', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none' });
  });
  after(() => portal.close());

  const localeOf = async (email: string) =>
    (
      await portal.app.db
        .selectFrom('users')
        .select('locale')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).locale;

  it('is the language the person registered in', async () => {
    const visitor = new Visitor(portal.app);
    visitor.cookies.set('lang', 'en');
    await visitor.get('/konto/rejestracja');
    const email = `angielski-${Date.now()}@example.pl`;
    const done = await visitor.post('/konto/rejestracja', {
      name: 'Jane Doe',
      email,
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(await localeOf(email), 'en');
    const polish = new Visitor(portal.app);
    await polish.get('/konto/rejestracja');
    const other = `polski-${Date.now()}@example.pl`;
    await polish.post('/konto/rejestracja', {
      name: 'Jan',
      email: other,
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });
    assert.equal(await localeOf(other), 'pl');
  });

  it('is changed on the account page, with the form’s token, audited', async () => {
    const person = await signedInPerson(portal.app, []);
    const page = await person.visitor.get('/konto');
    assert.match(page.body, /Język wiadomości e-mail/);
    assert.match(page.body, /<option value="pl" selected>/);

    const forged = await person.visitor.post('/konto/jezyk', { locale: 'en' }, { csrf: null });
    assert.equal(forged.statusCode, 403);
    assert.equal(await localeOf(person.email), 'pl');

    await person.visitor.get('/konto');
    const wrong = await person.visitor.post('/konto/jezyk', { locale: 'de' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Wybierz polski albo angielski/);
    assert.equal(await localeOf(person.email), 'pl');

    const saved = await person.visitor.post('/konto/jezyk', { locale: 'en' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/konto?zapisano=locale#locale');
    assert.equal(await localeOf(person.email), 'en');
    const shown = await person.visitor.get('/konto?zapisano=locale');
    assert.match(shown.body, /Zapisano język wiadomości/);
    assert.match(shown.body, /<option value="en" selected>/);

    const events = await portal.app.db
      .selectFrom('auditEvents')
      .select(['action', 'actorId'])
      .where('action', '=', 'user.locale_changed')
      .where('entityId', '=', String(person.id))
      .execute();
    assert.deepEqual(events, [{ action: 'user.locale_changed', actorId: person.id }]);
  });
});
