import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { signedInPerson } from '../../../test/factories.ts';
import { textOf } from '../../../test/html.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { roleChanger } from '../accounts/roleChanger.ts';

describe('the audit log page', () => {
  let portal: TestApp;
  let admin: Awaited<ReturnType<typeof signedInPerson>>;
  let operator: Awaited<ReturnType<typeof signedInPerson>>;

  before(async () => {
    portal = await testApp({ data: 'none' });
    admin = await signedInPerson(portal.app, ['admin']);
    operator = await signedInPerson(portal.app, ['operator']);
    const target = await signedInPerson(portal.app, []);
    // 08:30 UTC is 10:30 in Warsaw in summer; 22:30 UTC on the 14th is already the 15th there.
    await roleChanger({
      db: portal.app.db,
      userId: target.id,
      change: 'grant',
      role: 'expert',
      actorId: admin.id,
      now: new Date('2025-06-15T08:30:00Z'),
    });
    await auditRecorder(
      portal.app.db,
      { actorId: null, action: 'user.role_revoked', entityType: 'user', entityId: target.id },
      new Date('2025-06-14T22:30:00Z'),
    );
    await auditRecorder(
      portal.app.db,
      {
        actorId: operator.id,
        action: 'assessment.scores.submitted',
        entityType: 'assessment_task',
        entityId: 7,
      },
      new Date('2025-07-01T10:00:00Z'),
    );
  });
  after(() => portal.close());

  it('sends anonymous visitors to sign in', async () => {
    const response = await portal.app.inject({ url: '/admin/audyt' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/konto/logowanie?wroc=%2Fadmin%2Faudyt');
  });

  it('is closed to people without the role, and to an admin who has not confirmed the second factor', async () => {
    const member = await signedInPerson(portal.app, ['coordinator']);
    assert.equal((await member.visitor.get('/admin/audyt')).statusCode, 403);
    const unconfirmed = await signedInPerson(portal.app, ['admin'], { twoFactorVerified: false });
    const response = await unconfirmed.visitor.get('/admin/audyt');
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /weryfikacji dwuetapowej/);
  });

  it('shows operators and administrators the events in a captioned table, in Warsaw time', async () => {
    for (const person of [operator, admin]) {
      const response = await person.visitor.get('/admin/audyt?akcja=user.role_granted');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.body;
      assert.match(body, /<caption class="govuk-table__caption[^"]*">Zdarzenia od najnowszych<\/caption>/);
      assert.match(body, /<th scope="col" class="govuk-table__header">Czas<\/th>/);
      assert.match(body, /<time datetime="2025-06-15T08:30:00.000Z">15 czerwca 2025 10:30<\/time>/);
      assert.match(body, new RegExp(`<td class="govuk-table__cell">${admin.email}</td>`));
      assert.match(body, /Nadano rolę/);
      assert.match(textOf(body), /Przed: roles: user Po: roles: user, expert/);
      assert.match(body, /Znaleziono 1 zdarzenie\./);
      assert.doesNotMatch(body, /<code[^>]*>user.role_revoked<\/code>/);
    }
  });

  it('narrows by the actor’s e-mail and by Warsaw calendar days', async () => {
    const byActor = await admin.visitor.get(`/admin/audyt?aktor=${encodeURIComponent(admin.email)}`);
    assert.match(byActor.body, /Znaleziono 1 zdarzenie\./);
    const day = await admin.visitor.get('/admin/audyt?od=2025-06-15&do=2025-06-15');
    assert.match(day.body, /Znaleziono 2 zdarzenia\./);
    assert.match(day.body, /<td class="govuk-table__cell">system \(CLI\)<\/td>/);
    const next = await admin.visitor.get('/admin/audyt?od=2025-06-16&do=2025-06-16');
    assert.match(
      next.body,
      /<div class="govuk-inset-text">Brak zdarzeń spełniających wybrane warunki\.<\/div>/,
    );
    assert.doesNotMatch(next.body, /<table/);
    const nobody = await admin.visitor.get('/admin/audyt?aktor=nikt%40example.pl');
    assert.match(nobody.body, /Brak zdarzeń/);
  });

  it('shows a date it cannot read at its field, with an error summary linking to it', async () => {
    const response = await admin.visitor.get('/admin/audyt?od=2026-02-30&akcja=user.created');
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<div class="govuk-error-summary"[^>]*>\s*<div role="alert">/);
    assert.match(response.body, /<a href="#field-od">Podaj datę w formacie RRRR-MM-DD/);
    assert.match(response.body, /id="field-od"[^>]*aria-invalid="true"/);
    assert.match(response.body, /<option value="user.created" selected>Utworzono konto<\/option>/);
  });

  it('names each action in words in Polish and in English, with its code beside, also in the filter', async () => {
    const url = '/admin/audyt?akcja=assessment.scores.submitted';
    const polish = (await admin.visitor.get(url)).body;
    assert.match(
      polish,
      /<td class="govuk-table__cell">Przekazano kartę oceny<br><code>assessment.scores.submitted<\/code><\/td>/,
    );
    assert.match(polish, /<td class="govuk-table__cell">Zadanie eksperta #7<\/td>/);
    assert.match(
      polish,
      /<option value="assessment.scores.submitted" selected>Przekazano kartę oceny<\/option>/,
    );
    const english = await signedInPerson(portal.app, ['admin']);
    english.visitor.cookies.set('lang', 'en');
    const body = (await english.visitor.get(url)).body;
    assert.match(
      body,
      /<td class="govuk-table__cell">Score sheet submitted<br><code>assessment.scores.submitted<\/code><\/td>/,
    );
    assert.match(
      body,
      /<option value="assessment.scores.submitted" selected>Score sheet submitted<\/option>/,
    );
  });

  it('lists the actions to filter by in alphabetical order of their labels', async () => {
    const body = (await admin.visitor.get('/admin/audyt')).body;
    const choices = [...body.matchAll(/<option value="([a-z_.A-Z0-9]+)"(?: selected)?>([^<]+)<\/option>/g)];
    const actions = choices.filter(([, value]) => value?.includes('.')).map(([, , label]) => label ?? '');
    assert.deepEqual(actions, ['Nadano rolę', 'Odebrano rolę', 'Przekazano kartę oceny', 'Utworzono konto']);
  });

  it('pages through many events, keeping the filters in the links', async () => {
    for (let n = 0; n < 26; n++) {
      await auditRecorder(
        portal.app.db,
        { actorId: null, action: 'cluster.profile_updated', entityType: 'cluster' },
        new Date(),
      );
    }
    const first = await admin.visitor.get('/admin/audyt?akcja=cluster.profile_updated');
    assert.match(first.body, /Strona 1 z 2/);
    assert.match(first.body, /href="\/admin\/audyt\?akcja=cluster.profile_updated&amp;strona=2" rel="next"/);
    const second = await admin.visitor.get('/admin/audyt?akcja=cluster.profile_updated&strona=2');
    assert.equal((second.body.match(/<th scope="row"/g) ?? []).length, 1);
    assert.equal(
      (await admin.visitor.get('/admin/audyt?akcja=cluster.profile_updated&strona=3')).statusCode,
      404,
    );
  });
});
