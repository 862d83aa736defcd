import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';
import { teamMemberAdder } from '../team.ts';
import { MAX_LOGO_BYTES } from './logo.ts';
import {
  addDraftMembers,
  clusterBySlug,
  completeForm,
  PASSING_ANSWERS,
  postForm,
  startRegistration,
  TINY_PNG,
} from './testing.ts';

type Person = Awaited<ReturnType<typeof signedInPerson>>;

describe('registering a cluster through the HTML forms', () => {
  let portal: TestApp;
  let dataDir: string;
  let owner: Person;

  // Every test gets a portal of its own, so none depends on what another left behind.
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-registration-'));
    portal = await testApp({ data: 'none', env: { DATA_DIR: dataDir } });
    owner = await signedInPerson(portal.app, [], { email: 'koordynator@example.pl' });
  });
  afterEach(async () => {
    await portal.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const db = () => portal.app.db;
  const count = async (table: 'clusters' | 'mailOutbox' | 'auditEvents') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
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
  it('asks signed-out visitors to sign in first', async () => {
    const response = await portal.app.inject({ url: '/klastry/rejestracja' });
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/konto\/logowanie\?wroc=%2Fklastry%2Frejestracja/);
  });

  it('links to the registration from the registry list and the account page', async () => {
    assert.match((await owner.visitor.get('/klastry')).body, /href="\/klastry\/rejestracja"/);
    const account = await owner.visitor.get('/konto');
    assert.match(account.body, /href="\/moje-klastry"/);
    assert.match(account.body, /Zarejestruj klaster/);
  });

  it('refuses a failing questionnaire with each unmet criterion and its reason, creating nothing', async () => {
    const before = await count('clusters');
    await owner.visitor.get('/klastry/rejestracja');
    const response = await owner.visitor.post('/klastry/rejestracja', {
      ...PASSING_ANSWERS,
      name: 'Klaster Za Mały',
      'kryterium-members_total': '6',
      'kryterium-website': 'nie',
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Klaster nie spełnia kryteriów wejścia/);
    assert.match(response.body, /Ilu członków ma klaster\? — podano 6, wymagane co najmniej 10\./);
    assert.match(response.body, /stronę internetową przedstawiającą jego działalność\? — odpowiedź „Nie”/);
    assert.doesNotMatch(response.body, /umową lub porozumieniem podpisanym przez członków\? —/);
    assert.match(response.body, /value="Klaster Za Mały"/, 'the answers are kept in the form');
    assert.equal(await count('clusters'), before);
  });

  it('shows field errors for unanswered questions', async () => {
    await owner.visitor.get('/klastry/rejestracja');
    const response = await owner.visitor.post('/klastry/rejestracja', {
      name: '',
      'kryterium-members_total': 'dużo',
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /href="#field-name">Podaj nazwę klastra\./);
    assert.match(response.body, /href="#field-kryterium-members_total">Podaj liczbę całkowitą/);
    assert.match(response.body, /href="#field-kryterium-agreement">Wybierz „Tak” albo „Nie”/);
  });

  it('starts a draft when the questionnaire passes, with the person as owner and the answers kept', async () => {
    const draftPath = await startRegistration(owner.visitor);
    assert.equal(draftPath, '/moje-klastry/klaster-testowy-obrobki-metali');
    await addDraftMembers(portal.app, draftPath);
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    assert.equal(cluster?.status, 'draft');
    const team = await db()
      .selectFrom('clusterEditors')
      .selectAll()
      .where('clusterId', '=', cluster?.id ?? 0)
      .execute();
    assert.deepEqual(
      team.map((row) => [row.userId, row.role]),
      [[owner.id, 'owner']],
    );
    const answers = await db()
      .selectFrom('registrationAnswers')
      .select(['code', 'answer'])
      .where('clusterId', '=', cluster?.id ?? 0)
      .orderBy('code')
      .execute();
    assert.equal(answers.length, 7);
    assert.deepEqual(
      answers.find((answer) => answer.code === 'members_total'),
      { code: 'members_total', answer: 14 },
    );
    assert.deepEqual(await auditActions(cluster?.id ?? 0), ['registration.started']);
    const page = await owner.visitor.get(`${draftPath}?zapisano=rozpoczeto`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Kryteria wejścia są spełnione/);
    assert.match(page.body, /enctype="multipart\/form-data"/);
  });

  it('saves an incomplete draft and shows it again, listed under “My clusters”', async () => {
    const draftPath = await startRegistration(owner.visitor);
    await owner.visitor.get(draftPath);
    const saved = await postForm(owner.visitor, draftPath, {
      akcja: 'zapisz',
      name: 'Klaster Testowy Obróbki Metali',
      slug: 'klaster-testowy-obrobki-metali',
      coordinatorName: 'Fundacja Rozwoju Metalu',
      industries: ['metal'],
      descriptionPl: '<script>alert("x")</script> <b>pogrubione</b>',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${draftPath}?zapisano=szkic`);
    const page = await owner.visitor.get(draftPath);
    assert.match(page.body, /value="Fundacja Rozwoju Metalu"/);
    assert.match(page.body, /value="metal" checked/);
    assert.ok(
      page.body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;b&gt;pogrubione&lt;/b&gt;'),
      'typed HTML is shown as text',
    );
    assert.ok(!page.body.includes('<script>alert'), 'never as markup');
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    assert.equal(cluster?.descriptionPl, '<script>alert("x")</script> <b>pogrubione</b>', 'stored as typed');
    const mine = await owner.visitor.get('/moje-klastry');
    assert.match(mine.body, /Klaster Testowy Obróbki Metali<\/a>/);
    assert.match(mine.body, /<td[^>]*>Szkic<\/td>/);
    assert.match(mine.body, /Uzupełnij formularz i wyślij go do weryfikacji\./);
  });

  it('refuses a reserved or malformed address', async () => {
    const draftPath = await startRegistration(owner.visitor);
    for (const slug of ['mapa', 'rejestracja']) {
      await owner.visitor.get(draftPath);
      const response = await postForm(owner.visitor, draftPath, {
        akcja: 'zapisz',
        ...completeForm({ slug }),
      });
      assert.equal(response.statusCode, 400, slug);
      assert.match(response.body, /href="#field-slug">Tego adresu używa strona portalu/);
    }
    await owner.visitor.get(draftPath);
    const malformed = await postForm(owner.visitor, draftPath, {
      akcja: 'zapisz',
      ...completeForm({ slug: 'Zła Nazwa' }),
    });
    assert.equal(malformed.statusCode, 400);
    assert.match(malformed.body, /Adres może zawierać tylko małe litery/);
    assert.equal((await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali'))?.status, 'draft');
  });

  it('refuses an oversize or non-image logo with a clear message, and keeps a real one out of sight until publication', async () => {
    const draftPath = await startRegistration(owner.visitor);
    await owner.visitor.get(draftPath);
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    const oversize = await postForm(
      owner.visitor,
      draftPath,
      { akcja: 'zapisz', ...completeForm() },
      { name: 'logo', filename: 'logo.png', type: 'image/png', data: big },
    );
    assert.equal(oversize.statusCode, 400);
    assert.match(oversize.body, /Plik z logo jest za duży\. Największy dopuszczalny rozmiar to 512 KB\./);
    assert.match(oversize.body, /value="Fundacja Rozwoju Metalu"/, 'the rest of the form is kept');
    await owner.visitor.get(draftPath);
    const svg = await postForm(
      owner.visitor,
      draftPath,
      { akcja: 'zapisz', ...completeForm() },
      {
        name: 'logo',
        filename: 'logo.png',
        type: 'image/png',
        data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
    );
    assert.equal(svg.statusCode, 400);
    assert.match(svg.body, /Logo musi być obrazem PNG lub JPEG\./);
    assert.equal((await db().selectFrom('clusterLogos').selectAll().execute()).length, 0);
    await owner.visitor.get(draftPath);
    const forged = await postForm(
      owner.visitor,
      draftPath,
      { akcja: 'zapisz', ...completeForm() },
      { name: 'logo', filename: 'logo.png', type: 'image/png', data: TINY_PNG },
      { withCsrf: false },
    );
    assert.equal(forged.statusCode, 403, 'a multipart form without its CSRF token is refused');
    const good = await postForm(
      owner.visitor,
      draftPath,
      { akcja: 'zapisz', ...completeForm() },
      { name: 'logo', filename: 'logo.png', type: 'image/png', data: TINY_PNG },
    );
    assert.equal(good.statusCode, 303);
    const logo = await owner.visitor.get('/klastry/klaster-testowy-obrobki-metali/logo');
    assert.equal(logo.statusCode, 200);
    assert.equal(logo.headers['content-type'], 'image/png');
    assert.deepEqual(logo.rawPayload, TINY_PNG);
    assert.equal(
      (await portal.app.inject({ url: '/klastry/klaster-testowy-obrobki-metali/logo' })).statusCode,
      404,
    );
  });

  it('refuses to submit with an invalid NIP, naming the field and writing nothing', async () => {
    const draftPath = await startRegistration(owner.visitor);
    const cluster = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    const [mails, audits] = [await count('mailOutbox'), await count('auditEvents')];
    await owner.visitor.get(draftPath);
    const response = await postForm(owner.visitor, draftPath, {
      akcja: 'wyslij',
      ...completeForm({ coordinatorNip: '123-456-32-19', name: 'Nazwa Której Nie Zapisano', email: '' }),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /href="#field-coordinatorNip">/);
    assert.match(
      response.body,
      /href="#field-email">Wypełnij pole „Adres e-mail do kontaktu” — jest wymagane/,
    );
    assert.match(response.body, /value="Nazwa Której Nie Zapisano"/);
    const after = await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali');
    assert.equal(after?.status, 'draft');
    assert.equal(after?.name, cluster?.name);
    assert.equal(await count('mailOutbox'), mails);
    assert.equal(await count('auditEvents'), audits);
  });

  it('lets nobody but the team open or change the registration', async () => {
    const draftPath = await startRegistration(owner.visitor);
    const stranger = await signedInPerson(portal.app, []);
    await startRegistration(stranger.visitor, 'Klaster Obcy');
    assert.equal((await stranger.visitor.get(draftPath)).statusCode, 403);
    await stranger.visitor.get('/moje-klastry/klaster-obcy');
    const post = await postForm(stranger.visitor, draftPath, { akcja: 'zapisz', name: 'Przejęty' });
    assert.equal(post.statusCode, 403);
    assert.equal((await owner.visitor.get('/moje-klastry/klaster-obcy')).statusCode, 403);
    assert.equal(
      (await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali'))?.name,
      'Klaster Testowy Obróbki Metali',
    );
    assert.equal(
      (await owner.visitor.get('/admin/zgloszenia')).statusCode,
      403,
      'the queue is for operators',
    );
  });

  it('lets an editor of cluster B work on B but not touch cluster A', async () => {
    const draftPath = await startRegistration(owner.visitor);
    await startRegistration((await signedInPerson(portal.app, [])).visitor, 'Klaster Obcy');
    const editor = await signedInPerson(portal.app, []);
    const clusterB = await clusterBySlug(portal.app, 'klaster-obcy');
    await teamMemberAdder(
      db(),
      { clusterId: clusterB?.id ?? 0, userId: editor.id, role: 'editor', addedBy: null },
      new Date().toISOString(),
    );
    assert.equal((await editor.visitor.get('/moje-klastry/klaster-obcy')).statusCode, 200);
    const saved = await postForm(editor.visitor, '/moje-klastry/klaster-obcy', {
      akcja: 'zapisz',
      name: 'Klaster Obcy',
      phone: '600 100 200',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal((await editor.visitor.get(draftPath)).statusCode, 403);
    const post = await postForm(editor.visitor, draftPath, { akcja: 'wyslij', ...completeForm() });
    assert.equal(post.statusCode, 403);
    assert.equal((await clusterBySlug(portal.app, 'klaster-testowy-obrobki-metali'))?.status, 'draft');
    assert.equal(
      (await editor.visitor.get('/klastry/klaster-testowy-obrobki-metali/logo')).statusCode,
      404,
      'nor see its logo',
    );
  });
});
