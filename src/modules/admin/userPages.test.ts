import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { signedInPerson } from '../../../test/factories.ts';
import { rolesOf, SESSION_COOKIE, sessionStarter } from '../accounts/sessions.ts';

describe('the administrator’s user pages', () => {
  let portal: TestApp;
  let admin: Awaited<ReturnType<typeof signedInPerson>>;
  let moderator: Awaited<ReturnType<typeof signedInPerson>>;

  before(async () => {
    portal = await testApp({ data: 'none' });
    admin = await signedInPerson(portal.app, ['admin'], { email: 'admin@example.pl' });
    moderator = await signedInPerson(portal.app, ['moderator'], { email: 'moderator@example.pl' });
  });
  after(() => portal.close());

  const sessionsOf = (userId: number) =>
    portal.app.db.selectFrom('sessions').select('id').where('userId', '=', userId).execute();

  it('are for administrators only', async () => {
    const anonymous = await portal.app.inject({ url: '/admin/uzytkownicy' });
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/konto\/logowanie\?wroc=/);
    const operator = await signedInPerson(portal.app, ['operator']);
    assert.equal((await operator.visitor.get('/admin/uzytkownicy')).statusCode, 403);
    assert.equal((await moderator.visitor.get(`/admin/uzytkownicy/${admin.id}`)).statusCode, 403);
    const post = await portal.app.inject({
      method: 'POST',
      url: `/admin/uzytkownicy/${admin.id}/role`,
      payload: { zmiana: 'odbierz', rola: 'admin' },
    });
    assert.equal(post.statusCode, 401);
    assert.equal((await admin.visitor.get('/admin/uzytkownicy')).statusCode, 200);
  });

  it('list accounts in a captioned table, by role and by part of the address', async () => {
    const byRole = await admin.visitor.get('/admin/uzytkownicy?rola=moderator');
    assert.match(byRole.body, /<caption class="govuk-table__caption[^"]*">Konta użytkowników<\/caption>/);
    assert.match(
      byRole.body,
      /<th scope="row" class="govuk-table__header"><a class="govuk-link" href="\/admin\/uzytkownicy\/\d+">moderator@example.pl<\/a><\/th>/,
    );
    assert.doesNotMatch(byRole.body, />admin@example.pl</);
    assert.match(byRole.body, /<option value="moderator" selected>Moderator<\/option>/);
    const byEmail = await admin.visitor.get('/admin/uzytkownicy?email=ADMIN%40');
    assert.match(byEmail.body, />admin@example.pl</);
    assert.doesNotMatch(byEmail.body, />moderator@example.pl</);
    const none = await admin.visitor.get('/admin/uzytkownicy?email=100%25');
    assert.match(none.body, /Nie znaleziono kont spełniających wybrane warunki/);
  });

  it('page through many accounts, keeping the search in the links', async () => {
    const now = new Date().toISOString();
    await portal.app.db
      .insertInto('users')
      .values(
        Array.from({ length: 30 }, (_, n) => ({
          email: `tlum${String(n).padStart(2, '0')}@example.pl`,
          name: `Osoba ${n}`,
          passwordHash: 'nie-do-logowania',
          createdAt: now,
        })),
      )
      .execute();
    const first = await admin.visitor.get('/admin/uzytkownicy?email=tlum');
    assert.match(first.body, /Znaleziono 30 kont\./);
    assert.match(first.body, /href="\/admin\/uzytkownicy\?email=tlum&amp;strona=2" rel="next"/);
    const second = await admin.visitor.get('/admin/uzytkownicy?email=tlum&strona=2');
    assert.equal((second.body.match(/<th scope="row"/g) ?? []).length, 5);
  });

  it('refuse a role change without the form’s CSRF token', async () => {
    const target = await signedInPerson(portal.app, []);
    await admin.visitor.get(`/admin/uzytkownicy/${target.id}`);
    const response = await admin.visitor.post(
      `/admin/uzytkownicy/${target.id}/role`,
      { zmiana: 'nadaj', rola: 'expert' },
      { csrf: null },
    );
    assert.equal(response.statusCode, 403);
    assert.deepEqual(await rolesOf(portal.app.db, target.id), ['user']);
  });

  it('grant a role, end the person’s sessions and say so after the redirect', async () => {
    const target = await signedInPerson(portal.app, []);
    const page = await admin.visitor.get(`/admin/uzytkownicy/${target.id}`);
    assert.match(page.body, /<caption class="govuk-table__caption[^"]*">Role tego konta<\/caption>/);
    assert.match(page.body, /<input type="hidden" name="_csrf" value="[^"]+">/);
    const response = await admin.visitor.post(`/admin/uzytkownicy/${target.id}/role`, {
      zmiana: 'nadaj',
      rola: 'expert',
    });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/admin/uzytkownicy/${target.id}?nadano=expert`);
    assert.deepEqual((await rolesOf(portal.app.db, target.id)).sort(), ['expert', 'user']);
    assert.deepEqual(await sessionsOf(target.id), []);
    assert.equal((await target.visitor.get('/konto')).statusCode, 303, 'the old session no longer works');
    const event = await portal.app.db
      .selectFrom('auditEvents')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.action, 'user.role_granted');
    assert.equal(event.actorId, admin.id);
    const after = await admin.visitor.get(String(response.headers.location));
    assert.match(
      after.body,
      /<div class="govuk-notification-banner govuk-notification-banner--success" role="status"[\s\S]*?Nadano rolę „Ekspert”/,
    );
  });

  it('show a refused change at its field, with an error summary linking to it', async () => {
    const target = await signedInPerson(portal.app, ['expert']);
    await admin.visitor.get(`/admin/uzytkownicy/${target.id}`);
    const held = await admin.visitor.post(`/admin/uzytkownicy/${target.id}/role`, {
      zmiana: 'nadaj',
      rola: 'expert',
    });
    assert.equal(held.statusCode, 409);
    assert.match(held.body, /<div class="govuk-error-summary"[^>]*>\s*<div role="alert">/);
    assert.match(held.body, /<a href="#field-rola">To konto ma już rolę „Ekspert”\.<\/a>/);
    assert.match(
      held.body,
      /<select class="govuk-select govuk-select--error" id="field-rola" name="rola" aria-describedby="error-rola" aria-invalid="true">/,
    );
    const own = await admin.visitor.post(`/admin/uzytkownicy/${admin.id}/role`, {
      zmiana: 'odbierz',
      rola: 'admin',
    });
    assert.equal(own.statusCode, 409);
    assert.match(own.body, /<a href="#field-odbierz-admin">To ostatni administrator portalu/);
    assert.match(own.body, /id="field-odbierz-admin" aria-describedby="error-odbierz-admin"/);
    assert.equal((await sessionsOf(admin.id)).length, 1, 'a refused change ends no session');
    assert.equal((await admin.visitor.get('/admin/uzytkownicy/999999')).statusCode, 404);
  });

  it('let an administrator hand over the role and lose their own sessions with it', async () => {
    const successor = await signedInPerson(portal.app, ['admin']);
    const extra = await sessionStarter(portal.app.db, {
      userId: admin.id,
      now: new Date(),
      twoFactorVerified: true,
    });
    await admin.visitor.get(`/admin/uzytkownicy/${admin.id}`);
    const response = await admin.visitor.post(`/admin/uzytkownicy/${admin.id}/role`, {
      zmiana: 'odbierz',
      rola: 'admin',
    });
    assert.equal(response.statusCode, 303);
    assert.deepEqual(await sessionsOf(admin.id), []);
    const stale = await portal.app.inject({
      url: '/admin/uzytkownicy',
      cookies: { [SESSION_COOKIE]: extra.token },
    });
    assert.equal(stale.statusCode, 303);
    assert.equal((await successor.visitor.get(`/admin/uzytkownicy/${admin.id}`)).statusCode, 200);
  });
});
