import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';
import {
  addDraftMembers,
  clusterBySlug,
  completeForm,
  postForm,
  startRegistration,
  TINY_PNG,
} from './testing.ts';

type Person = Awaited<ReturnType<typeof signedInPerson>>;

describe('reviewing cluster registrations through the HTML forms', () => {
  let portal: TestApp;
  let dataDir: string;
  let owner: Person;
  let operator: Person;
  let draftPath = '';

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-registration-review-'));
    portal = await testApp({ data: 'none', env: { DATA_DIR: dataDir } });
    owner = await signedInPerson(portal.app, [], { email: 'koordynator@example.pl' });
    operator = await signedInPerson(portal.app, ['operator'], { email: 'operator@example.pl' });
    draftPath = await startRegistration(owner.visitor);
    await addDraftMembers(portal.app, draftPath);
    await owner.visitor.get(draftPath);
    const saved = await postForm(
      owner.visitor,
      draftPath,
      { akcja: 'zapisz', ...completeForm() },
      { name: 'logo', filename: 'logo.png', type: 'image/png', data: TINY_PNG },
    );
    assert.equal(saved.statusCode, 303, 'the draft with its logo is saved');
  });
  after(async () => {
    await portal.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const db = () => portal.app.db;
  const auditActions = async (clusterId: number) =>
    (
      await db()
        .selectFrom('auditEvents')
        .select('action')
        .where('entityType', '=', 'cluster')
        .where('entityId', '=', String(clusterId))
        .orderBy('id')
        .execute()
    ).map((row) => row.action);
  const mailsTo = (to: string) =>
    db()
      .selectFrom('mailOutbox')
      .select(['subject', 'textBody'])
      .where('toAddress', '=', to)
      .orderBy('id')
      .execute();

  it('submits a complete form for review: audited, mailed, no longer editable', async () => {
    await owner.visitor.get(draftPath);
    const response = await postForm(owner.visitor, draftPath, { akcja: 'wyslij', ...completeForm() });
    assert.equal(response.statusCode, 303);
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    assert.equal(cluster?.status, 'submitted');
    assert.ok((await auditActions(cluster?.id ?? 0)).includes('registration.submitted'));
    const mails = await mailsTo('koordynator@example.pl');
    assert.equal(mails.at(-1)?.subject, 'Zgłoszenie klastra wysłane do weryfikacji');
    const page = await owner.visitor.get(draftPath);
    assert.match(page.body, /Wysłane do weryfikacji/);
    assert.doesNotMatch(page.body, /enctype="multipart\/form-data"/);
    assert.equal(
      (await portal.app.inject({ url: '/klastry/klaster-testowy-obrobki-metali' })).statusCode,
      404,
      'not public yet',
    );
  });

  it('shows the operator the queue and the review page with answers and identifier checks', async () => {
    const queue = await operator.visitor.get('/admin/zgloszenia');
    assert.equal(queue.statusCode, 200);
    assert.match(
      queue.body,
      /Klaster Testowy Obróbki Metali<\/a><\/th>\s*<td[^>]*>Rejestracja klastra<\/td>/,
    );
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    const review = await operator.visitor.get(`/admin/zgloszenia/${cluster?.id}`);
    assert.equal(review.statusCode, 200);
    assert.match(review.body, /Ilu członków ma klaster\?<\/th><td[^>]*>14 \(wymagane co najmniej 10\)/);
    assert.match(review.body, /<strong>NIP<\/strong> 1234563218: ✓ poprawny/);
    assert.match(review.body, /W bazie nie ma organizacji o tych identyfikatorach/);
  });

  it('returns it for corrections only with comments, and the coordinator corrects and resubmits', async () => {
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    const reviewPath = `/admin/zgloszenia/${cluster?.id}`;
    await operator.visitor.get(reviewPath);
    const bare = await operator.visitor.post(`${reviewPath}/decyzja`, { decyzja: 'zwroc', komentarz: '  ' });
    assert.equal(bare.statusCode, 400);
    assert.match(bare.body, /href="#field-komentarz">Wpisz uwagi lub uzasadnienie/);
    const returned = await operator.visitor.post(`${reviewPath}/decyzja`, {
      decyzja: 'zwroc',
      komentarz: 'Uzupełnij opis po angielsku <i>dokładniej</i>.',
    });
    assert.equal(returned.statusCode, 303);
    assert.equal((await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali'))?.status, 'returned');
    const mail = (await mailsTo('koordynator@example.pl')).at(-1);
    assert.equal(mail?.subject, 'Zgłoszenie klastra zwrócone do poprawy');
    assert.match(mail?.textBody ?? '', /Uwagi operatora: Uzupełnij opis po angielsku <i>dokładniej<\/i>\./);
    const form = await owner.visitor.get(draftPath);
    assert.match(form.body, /Uwagi operatora/);
    assert.ok(form.body.includes('Uzupełnij opis po angielsku &lt;i&gt;dokładniej&lt;/i&gt;.'));
    assert.match(form.body, /Zwrócone do poprawy/);
    const resubmitted = await postForm(owner.visitor, draftPath, {
      akcja: 'wyslij',
      ...completeForm({ descriptionEn: 'A metalworking cluster from Łódź, in detail.' }),
    });
    assert.equal(resubmitted.statusCode, 303);
    assert.equal((await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali'))?.status, 'submitted');
  });

  it('publishes it on approval: visible in /klastry with its coordinator recorded once', async () => {
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    const reviewPath = `/admin/zgloszenia/${cluster?.id}`;
    await operator.visitor.get(reviewPath);
    const approved = await operator.visitor.post(`${reviewPath}/decyzja`, {
      decyzja: 'zatwierdz',
      komentarz: '',
    });
    assert.equal(approved.statusCode, 303);
    const published = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    assert.equal(published?.status, 'published');
    assert.equal(published?.profileCompleted, 1);
    const coordinator = await db()
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', published?.coordinatorId ?? 0)
      .executeTakeFirstOrThrow();
    assert.equal(coordinator.nip, '1234563218');
    assert.match(published?.searchText ?? '', /fundacja rozwoju metalu/);
    const list = await portal.app.inject({ url: '/klastry?q=obrobki' });
    assert.match(list.body, /href="\/klastry\/klaster-testowy-obrobki-metali"/);
    const profile = await portal.app.inject({ url: '/klastry/klaster-testowy-obrobki-metali' });
    assert.equal(profile.statusCode, 200);
    assert.match(
      profile.body,
      /<img class="cluster-logo" src="\/klastry\/klaster-testowy-obrobki-metali\/logo" alt="Logo klastra Klaster Testowy Obróbki Metali"/,
    );
    assert.equal(
      (await portal.app.inject({ url: '/klastry/klaster-testowy-obrobki-metali/logo' })).statusCode,
      200,
      'the logo is public now',
    );
    assert.deepEqual(await auditActions(published?.id ?? 0), [
      'registration.started',
      'registration.saved',
      'registration.saved',
      'registration.submitted',
      'registration.returned',
      'registration.saved',
      'registration.submitted',
      'registration.approved',
    ]);
    assert.equal(
      (await mailsTo('koordynator@example.pl')).at(-1)?.subject,
      'Klaster opublikowany w Mapie Klastrów',
    );
  });

  it('sends a published profile’s new name to review, applying other changes at once', async () => {
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    await owner.visitor.get(draftPath);
    const saved = await postForm(owner.visitor, draftPath, {
      akcja: 'zapisz',
      ...completeForm({ name: 'Klaster Metalowy Łódź', phone: '+48 42 999 99 99' }),
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${draftPath}?zapisano=zmiana`);
    const live = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    assert.equal(live?.name, 'Klaster Testowy Obróbki Metali', 'the name waits for review');
    assert.equal(live?.phone, '+48 42 999 99 99', 'the phone applies at once');
    const change = await db()
      .selectFrom('clusterChanges')
      .selectAll()
      .where('clusterId', '=', cluster?.id ?? 0)
      .executeTakeFirstOrThrow();
    assert.equal(change.state, 'pending');
    assert.match((await owner.visitor.get(draftPath)).body, /Zmiana czeka na zatwierdzenie/);
    assert.match((await operator.visitor.get('/admin/zgloszenia')).body, /Zmiana nazwy lub koordynatora/);
    await operator.visitor.get(`/admin/zmiany/${change.id}`);
    const approved = await operator.visitor.post(`/admin/zmiany/${change.id}/decyzja`, {
      decyzja: 'zatwierdz',
      uzasadnienie: '',
    });
    assert.equal(approved.statusCode, 303);
    assert.equal(
      (await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali'))?.name,
      'Klaster Metalowy Łódź',
    );
    assert.match(
      (await portal.app.inject({ url: '/klastry/klaster-testowy-obrobki-metali' })).body,
      /Klaster Metalowy Łódź/,
    );
    const actions = await auditActions(cluster?.id ?? 0);
    assert.ok(
      actions.includes('cluster.change_proposed') &&
        actions.includes('cluster.change_approved') &&
        actions.includes('cluster.profile_updated'),
    );
    assert.equal(
      (await mailsTo('koordynator@example.pl')).at(-1)?.subject,
      'Zmiana profilu klastra zatwierdzona',
    );
  });

  it('keeps the coordinator until an operator approves a new one, and a rejection needs a reason', async () => {
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    const before = cluster?.coordinatorId;
    await owner.visitor.get(draftPath);
    const proposed = await postForm(owner.visitor, draftPath, {
      akcja: 'zapisz',
      ...completeForm({
        name: 'Klaster Metalowy Łódź',
        coordinatorName: 'Nowy Koordynator sp. z o.o.',
        coordinatorNip: '526-000-12-46',
        coordinatorRegon: '',
        coordinatorKrs: '',
      }),
    });
    assert.equal(proposed.statusCode, 400, 'a published profile stays complete: REGON is required');
    const sent = await postForm(owner.visitor, draftPath, {
      akcja: 'zapisz',
      ...completeForm({
        name: 'Klaster Metalowy Łódź',
        coordinatorName: 'Nowy Koordynator sp. z o.o.',
        coordinatorNip: '526-000-12-46',
        coordinatorRegon: '012345675',
        coordinatorKrs: '',
      }),
    });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, `${draftPath}?zapisano=zmiana`);
    const change = await db()
      .selectFrom('clusterChanges')
      .selectAll()
      .where('state', '=', 'pending')
      .executeTakeFirstOrThrow();
    assert.equal(change.name, null, 'the name did not change');
    assert.equal(change.coordinatorChanged, 1);
    await operator.visitor.get(`/admin/zmiany/${change.id}`);
    const bare = await operator.visitor.post(`/admin/zmiany/${change.id}/decyzja`, {
      decyzja: 'odrzuc',
      uzasadnienie: '',
    });
    assert.equal(bare.statusCode, 400);
    assert.match(bare.body, /href="#field-uzasadnienie">Wpisz uwagi lub uzasadnienie/);
    const rejected = await operator.visitor.post(`/admin/zmiany/${change.id}/decyzja`, {
      decyzja: 'odrzuc',
      uzasadnienie: 'Brak uchwały o zmianie koordynatora.',
    });
    assert.equal(rejected.statusCode, 303);
    assert.equal((await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali'))?.coordinatorId, before);
    assert.equal(
      (await db().selectFrom('organisations').select('id').where('nip', '=', '5260001246').execute()).length,
      0,
      'nothing recorded for a rejected coordinator',
    );
    const mail = (await mailsTo('koordynator@example.pl')).at(-1);
    assert.equal(mail?.subject, 'Zmiana profilu klastra odrzucona');
    assert.match(mail?.textBody ?? '', /Uzasadnienie: Brak uchwały o zmianie koordynatora\./);
  });

  it('refuses to send with fewer members than the questionnaire asks, keeps the draft and lists the members for review', async () => {
    const person = await signedInPerson(portal.app, [], { email: 'bez-czlonkow@example.pl' });
    const formPath = await startRegistration(person.visitor, 'Klaster Bez Członków');
    await person.visitor.get(formPath);
    const form = completeForm({
      name: 'Klaster Bez Członków',
      slug: 'klaster-bez-czlonkow',
      phone: '+48 600 700 800',
    });
    const empty = await postForm(person.visitor, formPath, { akcja: 'wyslij', ...form });
    assert.equal(empty.statusCode, 400, 'no members: not sent');
    assert.match(empty.body, /Dodaj członków klastra przed wysłaniem/);
    const kept = await clusterBySlug(portal.app, 'klaster-bez-czlonkow');
    assert.equal(kept?.status, 'draft');
    assert.equal(kept?.phone, '+48 600 700 800', 'what was typed is kept in the draft');
    await addDraftMembers(portal.app, '/moje-klastry/klaster-bez-czlonkow', 9);
    await person.visitor.get('/moje-klastry/klaster-bez-czlonkow');
    const nine = await postForm(person.visitor, '/moje-klastry/klaster-bez-czlonkow', {
      akcja: 'wyslij',
      ...form,
    });
    assert.equal(nine.statusCode, 400, 'the questionnaire asked for at least 10');
    await addDraftMembers(portal.app, '/moje-klastry/klaster-bez-czlonkow', 1, ['9512345675']);
    await person.visitor.get('/moje-klastry/klaster-bez-czlonkow');
    const sent = await postForm(person.visitor, '/moje-klastry/klaster-bez-czlonkow', {
      akcja: 'wyslij',
      ...form,
    });
    assert.equal(sent.statusCode, 303);
    const review = await operator.visitor.get(`/admin/zgloszenia/${kept?.id}`);
    assert.match(review.body, /Członkowie klastra \(10\)/);
    assert.match(review.body, /Członek 1 klastra Klaster Bez Członków/);
    assert.match(review.body, /9512345675/);
    const decided = await operator.visitor.post(`/admin/zgloszenia/${kept?.id}/decyzja`, {
      decyzja: 'odrzuc',
      komentarz: 'Test listy członków.',
    });
    assert.equal(decided.statusCode, 303, 'off the queue');
  });

  it('never replaces a coordinator typed with a member’s NIP: the operator sees both and chooses per field', async () => {
    const person = await signedInPerson(portal.app, [], { email: 'czlonek-koordynator@example.pl' });
    const formPath = await startRegistration(person.visitor, 'Klaster Członka');
    // The coordinator counts as a member: the member's organisation (name and NIP only) is already stored.
    await addDraftMembers(portal.app, formPath, 10, ['7770001111']);
    await person.visitor.get(formPath);
    const form = completeForm({
      name: 'Klaster Członka',
      slug: 'klaster-czlonka',
      coordinatorName: 'Stowarzyszenie Członkowskie',
      coordinatorLegalForm: 'stowarzyszenie',
      coordinatorNip: '777-000-11-11',
      coordinatorRegon: '777000113',
      coordinatorKrs: '',
      coordinatorAddress: 'ul. Członkowska 7, 00-950',
      coordinatorCity: 'Warszawa',
      coordinatorVoivodeship: '14',
    });
    assert.equal((await postForm(person.visitor, formPath, { akcja: 'wyslij', ...form })).statusCode, 303);
    const cluster = await clusterBySlug(portal.app, 'klaster-czlonka');
    const review = await operator.visitor.get(`/admin/zgloszenia/${cluster?.id}`);
    assert.match(review.body, /Dane koordynatora: wpisane w zgłoszeniu i zapisane w portalu/);
    assert.match(
      review.body,
      /Stowarzyszenie Członkowskie<\/td>\s*<td[^>]*>Członek 1 klastra Klaster Członka/,
    );
    assert.match(review.body, /name="wybor-name"/, 'the differing name asks for a choice');
    assert.doesNotMatch(review.body, /name="wybor-legalForm"/, 'an empty stored field is simply filled');
    const unchosen = await operator.visitor.post(`/admin/zgloszenia/${cluster?.id}/decyzja`, {
      decyzja: 'zatwierdz',
    });
    assert.equal(unchosen.statusCode, 400);
    assert.match(unchosen.body, /Wybierz, czy zachować dane zapisane w portalu/);
    assert.equal((await clusterBySlug(portal.app, 'klaster-czlonka'))?.status, 'submitted');
    const approved = await operator.visitor.post(`/admin/zgloszenia/${cluster?.id}/decyzja`, {
      decyzja: 'zatwierdz',
      'wybor-name': 'wpisane',
    });
    assert.equal(approved.statusCode, 303);
    const coordinator = await db()
      .selectFrom('clusters')
      .innerJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
      .select(['organisations.name', 'legalForm', 'regon', 'address', 'organisations.nip'])
      .where('clusters.slug', '=', 'klaster-czlonka')
      .executeTakeFirstOrThrow();
    assert.deepEqual(coordinator, {
      name: 'Stowarzyszenie Członkowskie',
      legalForm: 'stowarzyszenie',
      regon: '777000113',
      address: 'ul. Członkowska 7, 00-950',
      nip: '7770001111',
    });
    const profile = await portal.app.inject({ url: '/klastry/klaster-czlonka' });
    assert.match(profile.body, /Stowarzyszenie Członkowskie/, 'the coordinator the applicant typed');
    assert.doesNotMatch(profile.body, /Członek 1 klastra Klaster Członka<\/a>|koordynator[^<]*Członek 1/i);
  });

  it('rejects a registration with a reason, for good', async () => {
    const person = await signedInPerson(portal.app, [], { email: 'odrzucony@example.pl' });
    const formPath = await startRegistration(person.visitor, 'Klaster Do Odrzucenia');
    await addDraftMembers(portal.app, formPath);
    await person.visitor.get(formPath);
    const form = completeForm({
      name: 'Klaster Do Odrzucenia',
      slug: 'klaster-do-odrzucenia',
      coordinatorNip: '526-000-12-46',
      coordinatorRegon: '',
      coordinatorKrs: '',
    });
    const submitted = await postForm(person.visitor, formPath, { akcja: 'wyslij', ...form });
    assert.equal(submitted.statusCode, 400, 'REGON is required');
    await person.visitor.get(formPath);
    const draft = await postForm(person.visitor, formPath, {
      akcja: 'zapisz',
      ...form,
      coordinatorRegon: '123456785',
    });
    assert.equal(draft.statusCode, 303);
    assert.match(
      (await person.visitor.get(formPath)).body,
      /Organizacja o podanym NIP, REGON lub KRS jest już w bazie portalu: Fundacja Rozwoju Metalu\./,
      'the coordinator learns the organisation is known before submitting',
    );
    assert.equal(
      (await postForm(person.visitor, formPath, { akcja: 'wyslij', ...form, coordinatorRegon: '123456785' }))
        .statusCode,
      303,
    );
    const cluster = await clusterBySlug(portal.app, 'klaster-do-odrzucenia');
    const review = await operator.visitor.get(`/admin/zgloszenia/${cluster?.id}`);
    assert.match(
      review.body,
      /Organizacja o tych identyfikatorach jest już w bazie/,
      'the shared REGON is flagged',
    );
    const rejected = await operator.visitor.post(`/admin/zgloszenia/${cluster?.id}/decyzja`, {
      decyzja: 'odrzuc',
      komentarz: 'To nie jest klaster.',
    });
    assert.equal(rejected.statusCode, 303);
    assert.equal((await clusterBySlug(portal.app, 'klaster-do-odrzucenia'))?.status, 'rejected');
    assert.match(
      (await mailsTo('odrzucony@example.pl')).at(-1)?.textBody ?? '',
      /Uzasadnienie: To nie jest klaster\./,
    );
    await person.visitor.get(formPath);
    const again = await postForm(person.visitor, formPath, { akcja: 'wyslij', ...form });
    assert.equal(again.statusCode, 409);
    await operator.visitor.get(`/admin/zgloszenia/${cluster?.id}`);
    assert.equal(
      (await operator.visitor.post(`/admin/zgloszenia/${cluster?.id}/decyzja`, { decyzja: 'zatwierdz' }))
        .statusCode,
      409,
    );
  });

  it('shows operators the way to the queue, a page at a time, oldest first', async () => {
    assert.match(
      (await operator.visitor.get('/klastry')).body,
      /<a class="portal-toolbar__link" href="\/admin\/zgloszenia">Zgłoszenia klastrów<\/a>/,
    );
    assert.doesNotMatch((await owner.visitor.get('/klastry')).body, /href="\/admin\/zgloszenia"/);
    const now = Date.parse('2026-01-01T00:00:00Z');
    for (let n = 0; n < 22; n++) {
      const at = new Date(now + n * 60_000).toISOString();
      const cluster = await db()
        .insertInto('clusters')
        .values({
          slug: `kolejka-${n}`,
          name: `Kolejka ${String(n).padStart(2, '0')}`,
          nameSort: `kolejka ${n}`,
          status: 'submitted',
          createdAt: at,
          updatedAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db()
        .insertInto('clusterRegistrations')
        .values({ clusterId: cluster.id, submittedAt: at, createdAt: at, updatedAt: at })
        .execute();
    }
    const first = await operator.visitor.get('/admin/zgloszenia');
    assert.match(first.body, /22 sprawy czekają na decyzję\./);
    const names = [...first.body.matchAll(/>(Kolejka \d+)<\/a>/g)].map((match) => match[1]);
    assert.equal(names.length, 20);
    assert.equal(names[0], 'Kolejka 00', 'the oldest first');
    assert.match(first.body, /href="\/admin\/zgloszenia\?strona=2" rel="next"/);
    const second = await operator.visitor.get('/admin/zgloszenia?strona=2');
    assert.deepEqual(
      [...second.body.matchAll(/>(Kolejka \d+)<\/a>/g)].map((match) => match[1]),
      ['Kolejka 20', 'Kolejka 21'],
    );
    assert.equal((await operator.visitor.get('/admin/zgloszenia?strona=9')).statusCode, 404);
  });
});
