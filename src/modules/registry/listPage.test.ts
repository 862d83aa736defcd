import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { buildCluster, enterprises, optionLabels, POLISH_ORDER } from './testing.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('the registry list page', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'reference', clock: { now: () => NOW } });
    const db = portal.database.db;
    await buildCluster(db, {
      name: 'Łódzki Klaster Mody',
      coordinatorName: 'Fundacja Włókno',
      city: 'Łódź',
      voivodeship: '10',
      industries: ['textiles'],
      members: enterprises(12),
      standardsAssessedOn: '2025-06-01',
      standardsValidUntil: '2027-06-01',
      confirmedAt: '2026-10-01T10:00:00.000Z',
    });
    await buildCluster(db, {
      name: 'Lubelski Klaster Smaku',
      coordinatorName: 'Stowarzyszenie Smak',
      city: 'Lublin',
      voivodeship: '06',
      industries: ['food'],
      members: enterprises(4),
      confirmedAt: '2025-06-01T10:00:00.000Z',
    });
    for (let i = 1; i <= 23; i += 1) {
      await buildCluster(db, {
        name: `Klaster Danych ${String(i).padStart(2, '0')}`,
        voivodeship: '14',
        industries: ['ict'],
        members: enterprises(i),
        confirmedAt: '2026-11-01T10:00:00.000Z',
      });
    }
  });
  after(() => portal.close());

  const get = (url: string, cookie?: string) => portal.app.inject({ url, headers: cookie ? { cookie } : {} });

  it('offers search, filters and sorting in a GET form that works without JavaScript', async () => {
    const page = (await get('/klastry')).body;
    assert.match(page, /<form class="portal-filters" method="get" action="\/klastry" role="search"/);
    for (const name of [
      'q',
      'branza',
      'wojewodztwo',
      'kategoria',
      'czlonkowie_od',
      'czlonkowie_do',
      'sortuj',
    ])
      assert.match(page, new RegExp(`<label class="govuk-label" for="field-${name}">`), name);
    assert.match(page, /<button type="submit" class="govuk-button"[^>]*>\s*Pokaż klastry\s*<\/button>/);
    assert.match(page, /Znaleziono 32 klastry/);
  });

  it('lists the voivodeships in Polish alphabetical order', async () => {
    assert.deepEqual(optionLabels((await get('/klastry')).body, 'wojewodztwo'), POLISH_ORDER);
  });

  it('shows beside each option how many clusters it would give', async () => {
    const page = (await get('/klastry?branza=ict')).body;
    assert.match(
      page,
      /<option value="ict" selected>technologie informacyjno-komunikacyjne \(ICT\) \(23\)<\/option>/,
    );
    assert.match(page, /<option value="food">przemysł spożywczy \(1\)<\/option>/);
    assert.match(page, /<option value="14">mazowieckie \(23\)<\/option>/);
    assert.match(page, /<option value="10">łódzkie \(0\)<\/option>/);
    assert.match(page, /<option value="registered" selected>Wszystkie zarejestrowane \(23\)<\/option>/);
    assert.match(
      page,
      /<option value="standards">Spełniające standardy zarządzania klastrem \(0\)<\/option>/,
    );
  });

  it('finds "Łódź" from "lodz" and labels what it finds', async () => {
    const page = (await get('/klastry?q=lodz')).body;
    assert.match(page, /Znaleziono 1 klaster</);
    assert.match(
      page,
      /<a class="govuk-link" href="\/klastry\/lodzki-klaster-mody-\d+">Łódzki Klaster Mody<\/a>/,
    );
    assert.match(page, /Spełnia standardy zarządzania/);
    assert.match(page, /Łódź, łódzkie/);
    assert.match(page, /Członkowie: 12/);
    assert.match(page, /value="lodz"/);
  });

  it('labels outdated and incomplete profiles in the list', async () => {
    const lublin = (await get('/klastry?q=lublin')).body;
    assert.match(lublin, /<strong class="govuk-tag govuk-tag--yellow">Dane nieaktualne<\/strong>/);
    const interizon = (await get('/klastry?q=interizon')).body;
    assert.match(interizon, /<strong class="govuk-tag govuk-tag--grey">Profil nieuzupełniony<\/strong>/);
    assert.doesNotMatch(interizon, /Członkowie: 0/, 'an unknown member count is not shown as 0');
  });

  it('pages through the results with links that keep the query', async () => {
    const first = (await get('/klastry?branza=ict&sortuj=members')).body;
    assert.match(first, /Strona 1 z 2/);
    assert.match(
      first,
      /<a class="govuk-link govuk-pagination__link" href="\/klastry\?branza=ict&amp;sortuj=members&amp;strona=2" rel="next">/,
    );
    assert.match(first, /Klaster Danych 23/);
    const second = (await get('/klastry?branza=ict&sortuj=members&strona=2')).body;
    assert.match(
      second,
      /<a class="govuk-link govuk-pagination__link" href="\/klastry\?branza=ict&amp;sortuj=members" rel="prev">/,
    );
    assert.match(second, /Klaster Danych 01/);
    assert.doesNotMatch(second, /Klaster Danych 23/);
    assert.equal((await get('/klastry?branza=ict&strona=3')).statusCode, 404);
  });

  it('answers a submitted form at the one shareable address of its selection', async () => {
    const submitted = await get(
      '/klastry?q=&branza=ict&wojewodztwo=&kategoria=registered&czlonkowie_od=&czlonkowie_do=&sortuj=name',
    );
    assert.equal(submitted.statusCode, 302);
    assert.equal(submitted.headers.location, '/klastry?branza=ict');
    const paged = await get('/klastry?sortuj=name&strona=2');
    assert.equal(paged.headers.location, '/klastry?strona=2');
    assert.equal((await get('/klastry?branza=ict')).statusCode, 200);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const page = (await get('/klastry?q=nieistniejacy&branza=food')).body;
    assert.match(page, /Znaleziono 0 klastrów/);
    assert.match(page, /Żaden klaster nie spełnia wybranych warunków\./);
    assert.match(
      page,
      /<a class="govuk-link" href="\/klastry">Wyczyść filtry i pokaż wszystkie klastry<\/a>/,
    );
    assert.doesNotMatch(page, /clusters\.csv/, 'nothing to export');
  });

  it('shows a value it cannot use at its field, with a 400, and lists without it', async () => {
    const response = await get('/klastry?czlonkowie_od=abc&czlonkowie_do=5&branza=ict');
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<div class="govuk-error-summary"[^>]*>\s*<div role="alert">/);
    assert.match(response.body, /<a href="#field-czlonkowie_od">Podaj najmniejszą liczbę członków/);
    assert.match(response.body, /id="error-czlonkowie_od"/);
    assert.match(response.body, /Znaleziono 5 klastrów/, 'ICT clusters with at most 5 members');
    const reversed = await get('/klastry?czlonkowie_od=10&czlonkowie_do=5');
    assert.match(reversed.body, /Największa liczba członków nie może być mniejsza niż najmniejsza/);
    const tampered = await get('/klastry?branza=%3Cscript%3E');
    assert.equal(tampered.statusCode, 400);
    assert.match(tampered.body, /Wybierz branżę z listy\./);
    assert.doesNotMatch(tampered.body, /<script>/);
  });

  it('links the exports and the map with the same filters', async () => {
    const page = (await get('/klastry?branza=ict&wojewodztwo=14&sortuj=members')).body;
    assert.match(page, /href="\/api\/v1\/clusters\.csv\?industry=ict&amp;voivodeship=14&amp;sort=members"/);
    assert.match(page, /href="\/api\/v1\/clusters\.json\?industry=ict&amp;voivodeship=14&amp;sort=members"/);
    assert.match(page, /<a class="govuk-link" href="\/klastry\/mapa\?branza=ict">Pokaż klastry na mapie/);
  });

  it('speaks English to English visitors', async () => {
    const page = (await get('/klastry?branza=food', 'lang=en')).body;
    assert.match(page, /1 cluster found/);
    assert.match(page, /<option value="food" selected>food processing \(1\)<\/option>/);
  });
});
