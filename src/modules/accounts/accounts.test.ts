import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { linkFromLatestMail, Visitor } from '../../../test/visitor.ts';

const PASSWORD = 'zielony-rower-pod-mostem-7';

describe('account life cycle over HTTP', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none' });
  });
  after(() => portal.close());

  async function registeredAndVerified(email: string): Promise<Visitor> {
    const visitor = new Visitor(portal.app);
    await visitor.get('/konto/rejestracja');
    const done = await visitor.post('/konto/rejestracja', {
      name: 'Jan Nowak',
      email,
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(
      (await visitor.get(await linkFromLatestMail(portal.app, email, '/konto/weryfikacja'))).statusCode,
      200,
    );
    return visitor;
  }

  async function signIn(visitor: Visitor, email: string, password = PASSWORD) {
    await visitor.get('/konto/logowanie');
    return visitor.post('/konto/logowanie', { email, password });
  }

  it('registers, verifies the address from the e-mail, signs in and out', async () => {
    const visitor = await registeredAndVerified('jan@example.pl');
    const signedIn = await signIn(visitor, 'JAN@example.pl');
    assert.equal(signedIn.statusCode, 303);
    assert.equal(signedIn.headers.location, '/konto');
    const account = await visitor.get('/konto');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /jan@example\.pl/);
    const sid = signedIn.cookies.find((c) => c.name === 'sid');
    assert.equal(sid?.httpOnly, true);
    assert.equal(sid?.sameSite, 'Lax');
    const signedOut = await visitor.post('/konto/wyloguj', {});
    assert.equal(signedOut.headers.location, '/konto/wylogowano');
    const farewell = await visitor.get('/konto/wylogowano');
    assert.match(farewell.body, /<h1 class="govuk-heading-l">Wylogowano<\/h1>/);
    assert.match(farewell.body, /href="\/konto\/logowanie"/);
    assert.equal((await visitor.get('/konto')).statusCode, 303, 'signed out: sent to sign in');
  });

  it('shows the registration form again with every mistake at its field', async () => {
    const visitor = new Visitor(portal.app);
    await visitor.get('/konto/rejestracja');
    const response = await visitor.post('/konto/rejestracja', {
      name: '',
      email: 'nie-email',
      password: 'haslo',
      passwordRepeat: 'x',
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /role="alert"/);
    assert.match(response.body, /href="#field-email">Podaj adres e-mail/);
    assert.match(response.body, /Hasło musi mieć co najmniej 12 znaków/);
    assert.match(response.body, /value="nie-email"/, 'what was typed stays');
  });

  it('does not let an unverified account sign in', async () => {
    const visitor = new Visitor(portal.app);
    await visitor.get('/konto/rejestracja');
    await visitor.post('/konto/rejestracja', {
      name: 'Ola',
      email: 'ola@example.pl',
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });
    assert.equal((await signIn(visitor, 'ola@example.pl')).statusCode, 401);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    await registeredAndVerified('ewa@example.pl');
    const wrongPassword = await signIn(new Visitor(portal.app), 'ewa@example.pl', 'zle-haslo-123456');
    const unknown = await signIn(new Visitor(portal.app), 'nikt@example.pl', 'zle-haslo-123456');
    assert.equal(wrongPassword.statusCode, unknown.statusCode);
    const text = (body: string) => body.match(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/)?.[0];
    assert.equal(text(wrongPassword.body), text(unknown.body));
  });

  it('gives a new session id at sign-in, so a planted one is useless (session fixation)', async () => {
    await registeredAndVerified('adam@example.pl');
    const visitor = new Visitor(portal.app);
    visitor.cookies.set('sid', 'planted-by-an-attacker');
    await signIn(visitor, 'adam@example.pl');
    assert.notEqual(visitor.cookies.get('sid'), 'planted-by-an-attacker');
    const attacker = new Visitor(portal.app);
    attacker.cookies.set('sid', 'planted-by-an-attacker');
    assert.equal((await attacker.get('/konto')).statusCode, 303);
  });

  it('refuses a form without a CSRF token or with another session’s token', async () => {
    await registeredAndVerified('celina@example.pl');
    const victim = new Visitor(portal.app);
    await signIn(victim, 'celina@example.pl');
    await victim.get('/konto');
    const missing = await victim.post('/konto/usuniecie', {}, { csrf: null });
    assert.equal(missing.statusCode, 403);
    const attacker = new Visitor(portal.app);
    await attacker.get('/konto/logowanie');
    const foreign = await victim.post('/konto/usuniecie', {}, { csrf: attacker.csrf() });
    assert.equal(foreign.statusCode, 403);
    assert.match(foreign.body, /Formularz wygasł/);
    const user = await portal.app.db
      .selectFrom('users')
      .select('deletionRequestedAt')
      .where('email', '=', 'celina@example.pl')
      .executeTakeFirstOrThrow();
    assert.equal(user.deletionRequestedAt, null, 'nothing changed');
  });

  it('resets a forgotten password with a single-use link and ends old sessions', async () => {
    const visitor = await registeredAndVerified('reset@example.pl');
    await signIn(visitor, 'reset@example.pl');
    const stranger = new Visitor(portal.app);
    await stranger.get('/konto/haslo/przypomnienie');
    const sent = await stranger.post('/konto/haslo/przypomnienie', { email: 'reset@example.pl' });
    assert.match(sent.body, /Jeśli konto z tym adresem istnieje/);
    const link = await linkFromLatestMail(portal.app, 'reset@example.pl', '/konto/haslo/nowe');
    await stranger.get(link);
    const token = new URLSearchParams(link.split('?')[1]).get('token') ?? '';
    const newPassword = 'nowe-bardzo-dlugie-haslo-42';
    const changed = await stranger.post('/konto/haslo/nowe', {
      token,
      password: newPassword,
      passwordRepeat: newPassword,
    });
    assert.match(changed.body, /Hasło zostało zmienione/);
    assert.equal((await visitor.get('/konto')).statusCode, 303, 'the old session has ended');
    assert.equal((await signIn(new Visitor(portal.app), 'reset@example.pl', newPassword)).statusCode, 303);
    await stranger.get(link);
    const again = await stranger.post('/konto/haslo/nowe', {
      token,
      password: newPassword,
      passwordRepeat: newPassword,
    });
    assert.match(again.body, /został już użyty albo wygasł/);
  });

  it('creates an API token on the account page; the API knows the caller until it is revoked', async () => {
    const visitor = await registeredAndVerified('api@example.pl');
    await signIn(visitor, 'api@example.pl');
    const account = await visitor.get('/konto');
    assert.match(account.body, /<option value="pl" selected>polski<\/option>/, 'the mail language is named');
    const created = await visitor.post('/konto/tokeny', { tokenName: 'eksport nocny' });
    const token = created.body.match(/<code class="token[^"]*">(pk_[^<]+)<\/code>/)?.[1];
    assert.ok(token);
    const me = await portal.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(me.statusCode, 200);
    assert.deepEqual(me.json().roles, ['user']);
    const id = (
      await portal.app.db
        .selectFrom('apiTokens')
        .select('id')
        .where('name', '=', 'eksport nocny')
        .executeTakeFirstOrThrow()
    ).id;
    await visitor.post(`/konto/tokeny/${id}/uniewaznij`, {});
    const after = await portal.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().error.code, 'unauthorized');
  });

  it('creates a token through the API with e-mail and password', async () => {
    await registeredAndVerified('skrypt@example.pl');
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { email: 'skrypt@example.pl', password: PASSWORD, name: 'skrypt' },
    });
    assert.equal(response.statusCode, 201);
    const wrong = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { email: 'skrypt@example.pl', password: 'zle-haslo-123456', name: 'skrypt' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal((await portal.app.inject({ url: '/api/v1/me' })).statusCode, 401);
  });

  it('slows and then stops guessing passwords (429 in Polish)', async () => {
    await registeredAndVerified('cel@example.pl');
    const visitor = new Visitor(portal.app);
    let last = await signIn(visitor, 'cel@example.pl', 'zgadywane-haslo-0');
    for (let attempt = 1; attempt < 8 && last.statusCode !== 429; attempt++) {
      last = await signIn(visitor, 'cel@example.pl', `zgadywane-haslo-${attempt}`);
    }
    assert.equal(last.statusCode, 429);
    assert.match(last.body, /Zbyt wiele prób/);
    assert.ok(Number(last.headers['retry-after']) > 0);
    assert.equal((await signIn(visitor, 'cel@example.pl')).statusCode, 429, 'even the right password waits');
  });
  it('lists a person’s sessions and lets them end another one, but not someone else’s', async () => {
    await registeredAndVerified('dwa@example.pl');
    const laptop = new Visitor(portal.app);
    const phone = new Visitor(portal.app);
    await signIn(laptop, 'dwa@example.pl');
    await signIn(phone, 'dwa@example.pl');
    const page = await laptop.get('/konto');
    const ends = [...page.body.matchAll(/action="\/konto\/sesje\/([0-9a-f]{64})\/zakoncz"/g)].map(
      (match) => match[1],
    );
    assert.equal(ends.length, 1, 'the other session can be ended; this one is marked as current');
    await laptop.post(`/konto/sesje/${ends[0]}/zakoncz`, {});
    assert.equal((await phone.get('/konto')).statusCode, 303, 'the phone is signed out');
    assert.equal((await laptop.get('/konto')).statusCode, 200, 'the laptop is not');

    await registeredAndVerified('obcy@example.pl');
    const stranger = new Visitor(portal.app);
    await signIn(stranger, 'obcy@example.pl');
    await stranger.get('/konto');
    const own = await portal.app.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select('sessions.id')
      .where('users.email', '=', 'dwa@example.pl')
      .executeTakeFirstOrThrow();
    assert.equal((await stranger.post(`/konto/sesje/${own.id}/zakoncz`, {})).statusCode, 404);
    assert.equal((await laptop.get('/konto')).statusCode, 200, 'still signed in');
  });
});
