import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { type ApiCaller, browserOf } from '../../../test/factories.ts';
import type { Visitor } from '../../../test/visitor.ts';
import { movableClock } from '../competition/testing.ts';
import { JUSTIFICATION, json, roundInAssessment } from './testing.ts';

type Task = { id: number; application_id: number };

describe('assessment pages', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let portal: TestApp;
  let scenario: Awaited<ReturnType<typeof roundInAssessment>>;
  let expert: ApiCaller;
  let task: Task;
  let browser: Visitor;

  before(async () => {
    portal = await testApp({ data: 'none', clock: time.clock });
    scenario = await roundInAssessment(portal.app, time.clock, time.set);
    expert = scenario.experts[0] as ApiCaller;
    task = json<{ items: Task[] }>(await expert.get('/api/v1/assignments')).items[0] as Task;
    browser = await browserOf(portal.app, expert.userId, time.clock);
  });
  after(async () => portal?.close());

  it('list the expert’s tasks and keep the application closed until the declaration', async () => {
    const list = await browser.get('/ekspert');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`href="/ekspert/zadania/${task.id}"`));
    assert.match(
      list.body,
      /<a class="portal-toolbar__link" href="\/ekspert" aria-current="page">Moje zadania eksperckie<\/a>/,
      'in the menu',
    );
    assert.doesNotMatch(list.body, /href="\/panel\/konkurs"/, 'no operator pages in an expert’s menu');
    const before = await browser.get(`/ekspert/zadania/${task.id}`);
    assert.equal(before.statusCode, 200);
    assert.match(before.body, /Oświadczenie o braku konfliktu interesów/);
    assert.doesNotMatch(
      before.body,
      /Strategia rozwoju klastra na lata/,
      'no answer of the application is shown',
    );
  });

  it('show an expert the way to their tasks on the account page', async () => {
    const account = await browser.get('/konto');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /href="\/ekspert"/);
    assert.match(account.body, /Masz 2 niedokończone zadania\./);
  });

  it('refuse a declaration without a choice or without the confidentiality statement, keeping the form', async () => {
    await browser.get(`/ekspert/zadania/${task.id}`);
    const none = await browser.post(`/ekspert/zadania/${task.id}/oswiadczenie`, {});
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /class="govuk-error-summary"/);
    const noStatement = await browser.post(`/ekspert/zadania/${task.id}/oswiadczenie`, { wybor: 'brak' });
    assert.equal(noStatement.statusCode, 400);
    assert.match(noStatement.body, /id="error-confidentiality"/);
    assert.match(noStatement.body, /id="field-wybor" name="wybor" type="radio" value="brak" checked/);
  });

  it('open the score form after the declaration, keep typed values on an error, save a draft and submit', async () => {
    await browser.get(`/ekspert/zadania/${task.id}`);
    const declared = await browser.post(`/ekspert/zadania/${task.id}/oswiadczenie`, {
      wybor: 'brak',
      confidentiality: 'tak',
    });
    assert.equal(declared.statusCode, 303);
    const form = await browser.get(`/ekspert/zadania/${task.id}`);
    assert.match(form.body, /Strategia rozwoju klastra na lata/, 'the application is shown now');
    const labels = [
      ...form.body.matchAll(
        /<dt class="govuk-summary-list__key">([^<]+)<\/dt>\s*<dd class="govuk-summary-list__value">/g,
      ),
    ].map((match) => match[1]);
    const contact = labels.indexOf('Osoba do kontaktu');
    assert.ok(
      contact >= 0 && contact < labels.indexOf('Przychody członków w ostatnim roku (zł)'),
      'the form’s order',
    );
    assert.doesNotMatch(
      form.body,
      /<dt class="govuk-summary-list__key">(contactPerson|competition\.field\.)/,
      'labels, not field names',
    );
    assert.match(
      form.body,
      /<dd class="govuk-summary-list__value">350\u00a0000\u00a0000,5<\/dd>/,
      'numbers written the Polish way',
    );
    const file = form.body.match(/href="(\/konkurs\/wnioski\/\d+\/zalaczniki\/\d+)"/)?.[1];
    assert.ok(file, 'the attachments are linked');
    const download = await browser.get(file);
    assert.equal(download.statusCode, 200, download.body);
    assert.equal(download.headers['content-type'], 'application/pdf');
    const wrong = await browser.post(`/ekspert/zadania/${task.id}/ocena`, {
      akcja: 'przeslij',
      'points-Z1': '25',
      'justification-Z1': 'Za krótko, ale zostaje w polu.',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /id="error-points-Z1"/);
    const summary = wrong.body.indexOf('class="govuk-error-summary"');
    assert.ok(
      summary > 0 && summary < wrong.body.indexOf('Strategia rozwoju klastra na lata'),
      'the summary is at the top',
    );
    const links = [...wrong.body.matchAll(/<li><a href="#field-([\w-]+)">([^<]+)<\/a><\/li>/g)];
    assert.deepEqual(
      links.slice(0, 3).map((link) => link[1]),
      ['points-Z1', 'justification-Z1', 'points-E1'],
      'in the order of the form',
    );
    assert.match(links[0]?.[2] ?? '', /^Z1 .+: /, 'each names its criterion');
    assert.match(wrong.body, /Za krótko, ale zostaje w polu\./);
    assert.match(wrong.body, /name="points-Z1" type="text" value="25"/);
    const draft = await browser.post(`/ekspert/zadania/${task.id}/ocena`, {
      akcja: 'zapisz',
      'points-Z1': '12',
    });
    assert.equal(draft.headers.location, `/ekspert/zadania/${task.id}?zapisano=1`);
    assert.match(
      (await browser.get(`/ekspert/zadania/${task.id}`)).body,
      /name="points-Z1" type="text" value="12"/,
    );
    const fields: Record<string, string> = { akcja: 'sprawdz' };
    for (const code of ['Z1', 'E1', 'W1', 'P1', 'K1']) {
      fields[`points-${code}`] = '15';
      fields[`justification-${code}`] = JUSTIFICATION;
    }
    const toCheck = await browser.post(`/ekspert/zadania/${task.id}/ocena`, fields);
    assert.equal(toCheck.headers.location, `/ekspert/zadania/${task.id}/sprawdz`, 'not submitted yet');
    const check = await browser.get(`/ekspert/zadania/${task.id}/sprawdz`);
    assert.match(check.body, /Sprawdź ocenę przed przesłaniem/);
    assert.match(check.body, /75 z 100 pkt/);
    assert.match(check.body, new RegExp(`href="/ekspert/zadania/${task.id}#field-points-Z1">Zmień`));
    assert.match((await browser.get(`/ekspert/zadania/${task.id}`)).body, /name="points-Z1"/, 'still open');
    const submitted = await browser.post(`/ekspert/zadania/${task.id}/przeslij`, {});
    assert.equal(submitted.headers.location, '/ekspert?zapisano=1');
    const locked = await browser.get(`/ekspert/zadania/${task.id}`);
    assert.doesNotMatch(locked.body, /name="points-Z1"/, 'no form once submitted');
    assert.match(locked.body, /Ekspert 1 \(Ty\): 75/);
  });

  it('let only the operator re-open a submitted sheet, with a reason, in the audit log', async () => {
    const reopen = (caller: typeof expert, reason: string) =>
      caller.send('POST', `/api/v1/assignments/${task.id}/reopening`, { reason });
    assert.equal((await reopen(expert, 'Chcę poprawić.')).statusCode, 403);
    assert.equal((await reopen(scenario.operator, 'Błąd w punktacji kryterium Z1.')).statusCode, 204);
    assert.equal((await reopen(scenario.operator, 'Jeszcze raz.')).statusCode, 409, 'it is open already');
    const event = await portal.app.db
      .selectFrom('auditEvents')
      .select(['actorId', 'summary'])
      .where('action', '=', 'assessment.scores.reopened')
      .executeTakeFirstOrThrow();
    assert.equal(event.actorId, scenario.operator.userId);
    assert.match(String(event.summary), /Błąd w punktacji/);
    json(
      await expert.send('PUT', `/api/v1/assignments/${task.id}/scores`, {
        scores: [{ criterion: 'Z1', points: 16, justification: JUSTIFICATION }],
      }),
    );
  });

  it('refuse another expert’s task and another cluster’s results', async () => {
    const other = await browserOf(portal.app, scenario.experts[2]?.userId ?? 0, time.clock);
    assert.equal((await other.get(`/ekspert/zadania/${task.id}`)).statusCode, 403);
    const coordinator = await browserOf(portal.app, scenario.coordinators[1]?.userId ?? 0, time.clock);
    assert.equal((await coordinator.get(`/konkurs/wnioski/${task.application_id}/wyniki`)).statusCode, 404);
    assert.equal((await coordinator.get('/ekspert')).statusCode, 403);
  });

  it('let an expert declare interests by NIP or cluster, refusing a wrong NIP', async () => {
    await browser.get('/ekspert/powiazania');
    const wrong = await browser.post('/ekspert/powiazania', { nip: '1234567890', klaster: '', note: '' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /id="error-nip"/);
    assert.match(wrong.body, /value="1234567890"/);
    const added = await browser.post('/ekspert/powiazania', {
      nip: '521-301-72-28',
      klaster: '',
      note: 'doradztwo',
    });
    assert.equal(added.statusCode, 303);
    assert.match((await browser.get('/ekspert/powiazania')).body, /Organizacja o NIP 5213017228/);
  });

  it('show the operator progress, ranking and decisions, and export the results', async () => {
    const operator = await browserOf(portal.app, scenario.operator.userId, time.clock);
    const roundId = scenario.roundId;
    const assessment = await operator.get(`/panel/konkurs/${roundId}/ocena`);
    assert.equal(assessment.statusCode, 200);
    assert.match(assessment.body, /Ewa Ekspertka/);
    const ranking = await operator.get(`/panel/konkurs/${roundId}/ranking`);
    assert.equal(ranking.statusCode, 200);
    assert.match(ranking.body, /Ranking wstępny\./, 'marked provisional until confirmed');
    const refused = await operator.post(`/panel/konkurs/${roundId}/ranking/zatwierdz`, {});
    assert.equal(refused.statusCode, 409, 'applications still wait for their assessment');
    assert.match(refused.body, /każdy przyjęty wniosek jest oceniony albo wyłączony/);
    assert.equal((await operator.get(`/panel/konkurs/${roundId}/decyzje`)).statusCode, 200);
    const csv = await scenario.operator.get(`/api/v1/rounds/${roundId}/results.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /^\uFEFFpozycja;numer wniosku;klaster/);
    const xlsx = await scenario.operator.get(`/api/v1/rounds/${roundId}/results.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    assert.equal((await expert.get(`/api/v1/rounds/${roundId}/results.csv`)).statusCode, 403);
    const dashboard = await operator.get(`/panel/konkurs/${roundId}`);
    assert.match(
      dashboard.body,
      new RegExp(`href="/panel/konkurs/${roundId}/ocena"`),
      'the round dashboard links here',
    );
  });

  it('document every assessment route in the OpenAPI document', async () => {
    const document = json<{ paths: Record<string, unknown> }>(
      await portal.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    for (const path of [
      '/api/v1/assignments',
      '/api/v1/assignments/{id}/declaration',
      '/api/v1/assignments/{id}/submission',
      '/api/v1/scores',
      '/api/v1/rounds/{id}/assignments/auto',
      '/api/v1/rounds/{id}/ranking',
      '/api/v1/panel/applications/{id}/consensus',
      '/api/v1/decisions',
      '/api/v1/appeals',
      '/api/v1/appeals/{id}/resolution',
      '/api/v1/expert/interests',
    ]) {
      assert.ok(document.paths[path], path);
    }
  });
});
