import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type TestApp, testApp } from '../../../test/app.ts';
import { browserOf, clusterWithTeam, person, publishedRound } from '../../../test/factories.ts';
import { applicationById, roundById } from './queries.ts';
import { COMPLETE_ANSWERS, movableClock, PDF, PNG } from './testing.ts';

/** A multipart body with one PDF (or other) file, as a browser sends the attachment form. */
function multipart(fields: Record<string, string>, file: { name: string; data: Buffer }) {
  const boundary = '----portal-test-boundary';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="plik"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    payload: Buffer.concat([
      Buffer.from(parts.join('') + head),
      file.data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(
  app: FastifyInstance,
  visitor: Awaited<ReturnType<typeof browserOf>>,
  id: number,
  code: string,
  file: { name: string; data: Buffer },
) {
  await visitor.get(`/konkurs/wnioski/${id}/krok/zalaczniki`);
  const body = multipart({ _csrf: visitor.csrf(), kod: code }, file);
  return visitor.remember(
    await app.inject({
      method: 'POST',
      url: `/konkurs/wnioski/${id}/zalaczniki`,
      payload: body.payload,
      headers: { ...visitor.cookieHeader(), 'content-type': body.contentType },
      remoteAddress: visitor.ip,
    }),
  );
}

describe('competition pages', () => {
  let portal: TestApp;
  const time = movableClock('2026-11-20T10:00:00.000Z');

  before(async () => {
    portal = await testApp({
      data: 'reference',
      clock: time.clock,
      env: {
        DATA_DIR: `/tmp/portal-competition-pages-${process.pid}`,
        LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
      },
    });
  });
  after(async () => portal.close());

  it('let an operator create a round from a template with Warsaw times, and edit its rules until it opens', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const operator = await person(portal.app.db, time.clock, ['operator']);
    let browser = await browserOf(portal.app, operator.id, time.clock);
    const form = await browser.get('/panel/konkurs/nowy?szablon=ROUND_I_RULES');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="M1"/);
    const fields = Object.fromEntries(
      [
        ...form.body.matchAll(
          /<input class="govuk-input[^"]*" id="field-([^"]+)" name="([^"]+)" type="[^"]*" value="([^"]*)"/g,
        ),
      ].map((m) => [m[2] ?? '', (m[3] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')]),
    );
    const rows = [...form.body.matchAll(/<input type="hidden" name="(\w+Rows)" value="(\d+)">/g)];
    for (const row of rows) fields[row[1] ?? ''] = row[2] ?? '';
    const posted = await browser.post('/panel/konkurs/nowy', {
      ...fields,
      programmeId: '1',
      number: '7',
      namePl: 'VII nabór KKK',
      nameEn: 'Call VII',
      opensAt: '2026-12-01T09:00',
      closesAt: '2026-10-25T02:30',
      'criterion-0-maxPoints': 'dużo',
    });
    assert.equal(posted.statusCode, 400, 'closing before opening and a non-number are refused');
    assert.match(posted.body, /Zamknięcie naboru musi nastąpić po jego otwarciu/);
    assert.match(posted.body, /id="error-criterion-0-maxPoints"/);
    assert.match(posted.body, /value="VII nabór KKK"/, 'what was typed is kept');

    const added = await browser.post('/panel/konkurs/nowy', { ...fields, akcja: 'dodaj-kryterium' });
    assert.equal(added.statusCode, 200);
    assert.match(added.body, /name="criterion-4-code"/, 'a fifth, empty criterion row');

    const saved = await browser.post('/panel/konkurs/nowy', {
      ...fields,
      programmeId: '1',
      number: '7',
      namePl: 'VII nabór KKK',
      nameEn: 'Call VII',
      opensAt: '2026-12-01T09:00',
      closesAt: '2027-03-28T02:30',
    });
    assert.equal(saved.statusCode, 400, '02:30 on 28 March 2027 does not exist in Warsaw');
    assert.match(saved.body, /Tej godziny nie ma w czasie warszawskim/);

    const ok = await browser.post('/panel/konkurs/nowy', {
      ...fields,
      programmeId: '1',
      number: '7',
      namePl: 'VII nabór KKK',
      nameEn: 'Call VII',
      opensAt: '2026-12-01T09:00',
      closesAt: '2026-12-20T16:00',
      'criterion-3-remove': 'on',
      thresholdFinal: '50',
      appealReassessment: 'addExpert',
      appealsPerApplication: '2',
    });
    assert.equal(ok.statusCode, 303);
    const id = Number(/\/panel\/konkurs\/(\d+)/.exec(String(ok.headers.location))?.[1]);
    const round = await roundById(portal.app.db, id);
    assert.equal(round?.opensAt, '2026-12-01T08:00:00.000Z', '09:00 in Warsaw in winter');
    assert.equal(round?.closesAt, '2026-12-20T15:00:00.000Z');
    assert.equal(round?.rules.criteria.length, 3, 'the ticked row is removed');
    assert.deepEqual(
      round?.rules.appeals,
      { reassessment: 'addExpert', maxPerApplication: 2 },
      'appeal rules',
    );
    assert.equal(round?.publishedAt, null);
    assert.equal((await browser.get(`/konkurs/nabory/${id}`)).statusCode, 404, 'a draft round is not public');
    await browser.get(`/panel/konkurs/${id}`);
    assert.equal((await browser.post(`/panel/konkurs/${id}/publikuj`, {})).statusCode, 303);

    time.set('2026-12-01T08:00:00.000Z');
    browser = await browserOf(portal.app, operator.id, time.clock);
    const edit = await browser.get(`/panel/konkurs/${id}/edycja`);
    assert.match(edit.body, /zasady i chwila otwarcia są zamrożone/);
    const frozen = await browser.post(`/panel/konkurs/${id}/edycja`, {
      ...fields,
      rulesIncluded: '1',
      programmeId: '1',
      number: '7',
      namePl: 'VII nabór KKK',
      nameEn: 'Call VII',
      opensAt: '2026-12-01T09:00',
      closesAt: '2026-12-20T16:00',
    });
    assert.equal(frozen.statusCode, 409, 'rules posted after the opening are refused');
    assert.match(frozen.body, /zamrożone/);
    const basics = {
      programmeId: '1',
      number: '7',
      namePl: 'VII nabór KKK',
      nameEn: 'Call VII',
      opensAt: '2026-12-01T09:00',
    };
    assert.match(edit.body, /Powód przedłużenia naboru/);
    const shortened = await browser.post(`/panel/konkurs/${id}/edycja`, {
      ...basics,
      closesAt: '2026-12-10T16:00',
    });
    assert.equal(shortened.statusCode, 400);
    assert.match(shortened.body, /można tylko przedłużyć, nigdy skrócić/);
    const unexplained = await browser.post(`/panel/konkurs/${id}/edycja`, {
      ...basics,
      closesAt: '2026-12-22T16:00',
    });
    assert.equal(unexplained.statusCode, 400);
    assert.match(unexplained.body, /Podaj powód przedłużenia/);
    assert.equal((await roundById(portal.app.db, id))?.closesAt, '2026-12-20T15:00:00.000Z');

    const publicPage = await browser.get(`/konkurs/nabory/${id}`);
    assert.equal(publicPage.statusCode, 200);
    assert.match(publicPage.body, /20 grudnia 2026.{0,4}16:00/);
    assert.match(publicPage.body, /Masa krytyczna i koncentracja geograficzna/);
    assert.match((await browser.get('/konkurs')).body, /VII nabór KKK/);
  });

  it('take a coordinator through the wizard to a receipt, keeping wrong input, and refuse a PNG named .pdf', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const roundId = await publishedRound(portal.app.db, time.clock.now());
    const coordinator = await person(portal.app.db, time.clock, ['coordinator']);
    const cluster = await clusterWithTeam(portal.app.db, coordinator.id);
    time.set('2026-12-02T10:00:00.000Z');
    const browser = await browserOf(portal.app, coordinator.id, time.clock);
    await browser.get(`/konkurs/nabory/${roundId}`);
    const started = await browser.post(`/konkurs/nabory/${roundId}/wnioski`, { klaster: String(cluster.id) });
    assert.equal(started.statusCode, 303);
    const id = Number(/wnioski\/(\d+)/.exec(String(started.headers.location))?.[1]);

    const form1 = await browser.get(`/konkurs/wnioski/${id}/krok/dane-klastra`);
    assert.equal(form1.statusCode, 200);
    assert.match(form1.body, />Telefon do kontaktu \(opcjonalnie\)</, 'optional fields are marked');
    assert.match(form1.body, />Osoba do kontaktu</, 'required ones are not');
    const step1 = await browser.post(`/konkurs/wnioski/${id}/krok/dane-klastra`, {
      contactPerson: COMPLETE_ANSWERS.contactPerson,
      contactEmail: COMPLETE_ANSWERS.contactEmail,
      contactPhone: '',
      website: '',
      akcja: 'dalej',
    });
    assert.equal(step1.statusCode, 303);
    await browser.get(`/konkurs/wnioski/${id}/krok/wskazniki`);
    const wrong = await browser.post(`/konkurs/wnioski/${id}/krok/wskazniki`, {
      employment: 'tysiąc',
      revenue: '1',
      exports: '1',
      rdSpending: '1',
      patents: '1',
      jointProjects: '1',
      akcja: 'dalej',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /value="tysiąc"/, 'the wrong value is shown again');
    assert.match(wrong.body, /Podaj liczbę całkowitą/);
    const resumed = await (await browserOf(portal.app, coordinator.id, time.clock)).get(
      `/konkurs/wnioski/${id}/krok/wskazniki`,
    );
    assert.match(resumed.body, /value="tysiąc"/, 'a new session finds the draft as it was typed');
    await browser.post(`/konkurs/wnioski/${id}/krok/wskazniki`, {
      employment: '1200',
      revenue: '1',
      exports: '1',
      rdSpending: '1',
      patents: '1',
      jointProjects: '1',
      akcja: 'dalej',
    });
    await browser.get(`/konkurs/wnioski/${id}/krok/strategia`);
    await browser.post(`/konkurs/wnioski/${id}/krok/strategia`, {
      strategySummary: 'Strategia',
      actionPlan: 'Plan',
      akcja: 'dalej',
    });

    const png = await upload(portal.app, browser, id, 'agreement', { name: 'umowa.pdf', data: PNG });
    assert.equal(png.statusCode, 400);
    assert.match(png.body, /nie jest dokumentem PDF/);
    for (const code of ['agreement', 'strategy', 'members'])
      assert.equal(
        (await upload(portal.app, browser, id, code, { name: `${code}.pdf`, data: PDF })).statusCode,
        303,
      );

    const review = await browser.get(`/konkurs/wnioski/${id}/krok/podsumowanie`);
    assert.equal(review.statusCode, 200);
    assert.match(
      review.body,
      /<input class="govuk-checkboxes__input" id="field-declaration" name="declaration" type="checkbox"/,
    );
    const undeclared = await browser.post(`/konkurs/wnioski/${id}/zloz`, {});
    assert.equal(undeclared.statusCode, 400, 'not without the declaration');
    assert.match(undeclared.body, /id="error-declaration"/);
    assert.match(undeclared.body, /href="#field-declaration"/);
    assert.equal((await applicationById(portal.app.db, id))?.state, 'draft');
    const submitted = await browser.post(`/konkurs/wnioski/${id}/zloz`, { declaration: 'yes' });
    assert.equal(submitted.statusCode, 303);
    const receipt = await browser.get(String(submitted.headers.location));
    const application = await applicationById(portal.app.db, id);
    assert.ok(receipt.body.includes(application?.receiptNumber ?? 'none'));
    assert.ok(receipt.body.includes(application?.snapshotSha256 ?? 'none'));
    assert.match(receipt.body, /2 grudnia 2026.{0,4}11:00/, 'the instant in Warsaw time');
    assert.match(receipt.body, new RegExp(`href="/konkurs/wnioski/${id}/potwierdzenie\\.pdf"`));
    const receiptPdf = await browser.get(`/konkurs/wnioski/${id}/potwierdzenie.pdf`);
    assert.equal(receiptPdf.statusCode, 200);
    assert.equal(receiptPdf.headers['content-type'], 'application/pdf');
    const pdfText = execFileSync('pdftotext', ['-', '-'], { input: receiptPdf.rawPayload, encoding: 'utf8' });
    for (const part of [
      'Potwierdzenie złożenia wniosku',
      application?.receiptNumber ?? 'none',
      application?.snapshotSha256 ?? 'none',
      '2 grudnia 2026',
      'strategy.pdf',
    ])
      assert.ok(pdfText.includes(part), `${part} in ${pdfText}`);

    // Another cluster's coordinator sees nothing of it.
    const stranger = await person(portal.app.db, time.clock, ['coordinator']);
    await clusterWithTeam(portal.app.db, stranger.id);
    const strangerBrowser = await browserOf(portal.app, stranger.id, time.clock);
    assert.equal((await strangerBrowser.get(`/konkurs/wnioski/${id}`)).statusCode, 404);
    assert.equal((await strangerBrowser.get(`/konkurs/wnioski/${id}/potwierdzenie`)).statusCode, 404);
    assert.equal((await strangerBrowser.get(`/konkurs/wnioski/${id}/potwierdzenie.pdf`)).statusCode, 404);
    const attachment = await portal.app.db
      .selectFrom('applicationAttachments')
      .select(['id', 'storedName'])
      .where('applicationId', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(
      (await strangerBrowser.get(`/konkurs/wnioski/${id}/zalaczniki/${attachment.id}`)).statusCode,
      404,
    );
    const own = await browser.get(`/konkurs/wnioski/${id}/zalaczniki/${attachment.id}`);
    assert.equal(own.statusCode, 200);
    assert.equal(own.headers['content-type'], 'application/pdf');
    const storedFile = path.join(portal.app.config.dataDir, 'attachments', attachment.storedName);
    const kept = await readFile(storedFile);
    await rm(storedFile);
    const lost = await browser.get(`/konkurs/wnioski/${id}/zalaczniki/${attachment.id}`);
    assert.equal(lost.statusCode, 404, 'a file missing on disk is not a server error');
    await writeFile(storedFile, kept);
    await strangerBrowser.get('/moje-wnioski');
    const edit = await strangerBrowser.post(`/konkurs/wnioski/${id}/krok/wskazniki`, { employment: '1' });
    assert.equal(edit.statusCode, 404);

    // The operator's formal check asks for corrections of one field.
    const operator = await person(portal.app.db, time.clock, ['operator']);
    const operatorBrowser = await browserOf(portal.app, operator.id, time.clock);
    const dashboard = await operatorBrowser.get(`/panel/konkurs/${roundId}`);
    assert.match(dashboard.body, new RegExp(`/panel/konkurs/wnioski/${id}/ocena-formalna`));
    const formal = await operatorBrowser.get(`/panel/konkurs/wnioski/${id}/ocena-formalna`);
    assert.match(formal.body, /Liczba członków/);
    const noReasons = await operatorBrowser.post(`/panel/konkurs/wnioski/${id}/ocena-formalna`, {
      decyzja: 'uzupelnienia',
      uwagi: '',
      pola: 'employment',
    });
    assert.equal(noReasons.statusCode, 400);
    const unknownItem = await operatorBrowser.post(`/panel/konkurs/wnioski/${id}/ocena-formalna`, {
      decyzja: 'przyjmij',
      spelnione: 'nonsense-key',
    });
    assert.equal(unknownItem.statusCode, 400);
    assert.match(unknownItem.body, /Przyjęcie wymaga potwierdzenia każdej pozycji/);
    const asked = await operatorBrowser.post(`/panel/konkurs/wnioski/${id}/ocena-formalna`, {
      decyzja: 'uzupelnienia',
      uwagi: 'Popraw zatrudnienie.',
      pola: 'employment',
      spelnione: 'complete:employment',
    });
    assert.equal(asked.statusCode, 303);
    const checked = await operatorBrowser.get(`/panel/konkurs/wnioski/${id}/ocena-formalna`);
    assert.match(
      checked.body,
      /Wypełnione: Zatrudnienie u członków \(osoby\): potwierdzono/,
      'the confirmed item is listed',
    );
    assert.match(checked.body, /: nie potwierdzono/);

    const correction = await browser.get(`/konkurs/wnioski/${id}/krok/wskazniki`);
    assert.match(correction.body, /name="patents"[^>]*readonly/);
    const sneaky = await browser.post(`/konkurs/wnioski/${id}/krok/wskazniki`, {
      employment: '1300',
      revenue: '1',
      exports: '1',
      rdSpending: '1',
      patents: '99',
      jointProjects: '1',
      akcja: 'dalej',
    });
    assert.equal(sneaky.statusCode, 409, 'a field not asked for cannot change');
    time.set('2026-12-20T10:00:00.000Z');
    const later = await browserOf(portal.app, coordinator.id, time.clock);
    await later.get(`/konkurs/wnioski/${id}`);
    const late = await later.post(`/konkurs/wnioski/${id}/krok/wskazniki`, {
      employment: '1300',
      akcja: 'dalej',
    });
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /Termin na uzupełnienie wniosku minął/);
  });

  it('let an operator add a regional programme, and autosave and withdraw a draft', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const operator = await person(portal.app.db, time.clock, ['operator']);
    const browser = await browserOf(portal.app, operator.id, time.clock);
    await browser.get('/panel/konkurs');
    const bad = await browser.post('/panel/konkurs/programy', {
      code: 'Zły kod',
      namePl: '',
      nameEn: 'Regional',
      voivodeship: '1',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /value="Zły kod"/);
    const added = await browser.post('/panel/konkurs/programy', {
      code: 'rkk-mazowieckie',
      namePl: 'Regionalne Klastry Kluczowe Mazowsza',
      nameEn: 'Mazovia Key Clusters',
      voivodeship: '14',
    });
    assert.equal(added.statusCode, 303);
    assert.match((await browser.get('/panel/konkurs?dodano=1')).body, /rkk-mazowieckie/);
    const coordinator = await person(portal.app.db, time.clock, ['coordinator']);
    assert.equal(
      (await (await browserOf(portal.app, coordinator.id, time.clock)).get('/panel/konkurs')).statusCode,
      403,
    );

    const roundId = await publishedRound(portal.app.db, time.clock.now());
    const cluster = await clusterWithTeam(portal.app.db, coordinator.id);
    time.set('2026-12-02T10:00:00.000Z');
    const team = await browserOf(portal.app, coordinator.id, time.clock);
    await team.get(`/konkurs/nabory/${roundId}`);
    const started = await team.post(`/konkurs/nabory/${roundId}/wnioski`, { klaster: String(cluster.id) });
    const id = Number(/wnioski\/(\d+)/.exec(String(started.headers.location))?.[1]);
    await team.get(`/konkurs/wnioski/${id}/krok/strategia`);
    const autosaved = await team.post(`/konkurs/wnioski/${id}/autozapis`, {
      strategySummary: 'Pisane właśnie teraz',
    });
    assert.equal(autosaved.statusCode, 204);
    assert.match((await team.get(`/konkurs/wnioski/${id}/krok/strategia`)).body, /Pisane właśnie teraz/);
    await team.get(`/konkurs/wnioski/${id}`);
    assert.equal((await team.post(`/konkurs/wnioski/${id}/wycofaj`, {})).statusCode, 303);
    assert.equal((await applicationById(portal.app.db, id))?.state, 'withdrawn');
    const events = await portal.app.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', String(id))
      .execute();
    assert.ok(events.some((event) => event.action === 'competition.application.withdraw'));
    assert.match((await team.get('/moje-wnioski')).body, /wycofany/);
  });

  it('keep what was typed when the session expired, and put it back after signing in again', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const roundId = await publishedRound(portal.app.db, time.clock.now());
    const coordinator = await person(portal.app.db, time.clock, ['coordinator']);
    const cluster = await clusterWithTeam(portal.app.db, coordinator.id);
    time.set('2026-12-02T10:00:00.000Z');
    const browser = await browserOf(portal.app, coordinator.id, time.clock);
    await browser.get(`/konkurs/nabory/${roundId}`);
    const started = await browser.post(`/konkurs/nabory/${roundId}/wnioski`, { klaster: String(cluster.id) });
    const id = Number(/wnioski\/(\d+)/.exec(String(started.headers.location))?.[1]);
    await browser.get(`/konkurs/wnioski/${id}/krok/strategia`);
    const token = browser.csrf();

    time.set('2026-12-02T11:00:00.000Z');
    const expired = await browser.post(
      `/konkurs/wnioski/${id}/krok/strategia`,
      { strategySummary: 'Pisane długo, sesja wygasła', actionPlan: 'Plan', akcja: 'dalej' },
      { csrf: token },
    );
    assert.equal(expired.statusCode, 303);
    const login = new URL(String(expired.headers.location), 'http://localhost');
    assert.equal(login.pathname, '/konto/logowanie');
    const back = login.searchParams.get('wroc') ?? '';
    assert.equal(back, `/konkurs/wnioski/${id}/krok/strategia?przywroc=1`);
    const stashCookie = browser.cookies.get('wniosek_przywroc');
    assert.ok(stashCookie, 'the browser holds the key to what it typed');

    const again = await browserOf(portal.app, coordinator.id, time.clock);
    assert.equal((await again.get(back)).body.includes('Pisane długo'), false, 'another browser has no key');
    again.cookies.set('wniosek_przywroc', stashCookie);
    const restored = await again.get(back);
    assert.equal(restored.statusCode, 200);
    assert.match(restored.body, /Pisane długo, sesja wygasła/);
    assert.match(restored.body, /Przywróciliśmy i zapisaliśmy/);
    assert.match(
      (await applicationById(portal.app.db, id))?.form ?? '',
      /sesja wygasła/,
      'and saved into the draft',
    );
    again.cookies.set('wniosek_przywroc', stashCookie);
    assert.equal((await again.get(back)).body.includes('Przywróciliśmy'), false, 'a stash is used once');

    time.set('2026-12-15T15:00:01.000Z');
    const late = await browserOf(portal.app, coordinator.id, time.clock);
    await late.get(`/konkurs/wnioski/${id}/krok/podsumowanie`);
    const refused = await late.post(`/konkurs/wnioski/${id}/zloz`, {});
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /Nabór został zamknięty — wniosków nie można już składać/);
  });
});
