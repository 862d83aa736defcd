import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { buildCluster, enterprises, grantKkk } from './testing.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('a cluster profile page', () => {
  let portal: TestApp;
  let full: { slug: string };
  let stale: { slug: string };

  before(async () => {
    portal = await testApp({ data: 'reference', clock: { now: () => NOW } });
    const db = portal.database.db;
    full = await buildCluster(db, {
      name: 'Kujawski Klaster Próbny',
      coordinatorName: 'Fundacja Próba',
      city: 'Toruń',
      voivodeship: '04',
      regions: ['04', '22'],
      industries: ['electronics'],
      kis: ['kis-18'],
      foundedOn: '2014-03-01',
      formalisedOn: '2014-09-15',
      descriptionPl: 'Opis po polsku.',
      descriptionEn: 'Description in English.',
      offerPl: 'Oferujemy laboratoria.',
      needsPl: 'Szukamy inwestorów.',
      contactPerson: 'Anna Nowak',
      email: 'biuro@proba.example',
      phone: '+48 56 000 00 00',
      website: 'https://proba.example',
      standardsAssessedOn: '2025-05-10',
      standardsValidUntil: '2027-05-10',
      confirmedAt: '2026-10-01T08:00:00.000Z',
      isDemo: true,
      members: [
        ...enterprises(3, 'micro'),
        ...enterprises(2, 'large'),
        { type: 'enterprise' },
        { type: 'university', name: 'Akademia Próbna' },
        { type: 'ngo' },
        { type: 'ngo', leftOn: '2025-01-01', name: 'Były Członek' },
      ],
    });
    await grantKkk(
      db,
      (await db.selectFrom('clusters').select('id').where('slug', '=', full.slug).executeTakeFirstOrThrow())
        .id,
      {
        roundNumber: 6,
        roundYear: 2022,
        validUntil: '2027-12-31',
        documentNumber: 'KKK/6/01',
      },
    );
    stale = await buildCluster(db, {
      name: 'Klaster Dawno Niepotwierdzony',
      website: 'javascript:alert(1)',
      confirmedAt: '2025-10-01T08:00:00.000Z',
      standardsAssessedOn: '2022-01-10',
      standardsValidUntil: '2024-01-10',
      members: enterprises(2),
    });
    const expired = await db
      .selectFrom('clusters')
      .select('id')
      .where('slug', '=', stale.slug)
      .executeTakeFirstOrThrow();
    await grantKkk(db, expired.id, { roundNumber: 5, roundYear: 2021, validUntil: '2024-12-31' });
    await buildCluster(db, { name: 'Klaster w Przygotowaniu', slug: 'szkic', status: 'draft' });
  });
  after(() => portal.close());

  const page = async (slug: string, cookie?: string) =>
    (await portal.app.inject({ url: `/klastry/${slug}`, headers: cookie ? { cookie } : {} })).body;

  it('groups current members by type, with counts by type and by size derived from them', async () => {
    const body = await page(full.slug);
    assert.match(body, /Liczba członków: 8\./, 'the former member is not counted');
    assert.doesNotMatch(body, /Były Członek/);
    assert.match(
      body,
      /<a class="govuk-link" href="#members-enterprise">Przedsiębiorstwa<\/a><\/th><td class="[^"]*govuk-table__cell--numeric">6<\/td>/,
    );
    assert.match(
      body,
      /<a class="govuk-link" href="#members-university">Uczelnie<\/a><\/th><td class="[^"]*govuk-table__cell--numeric">1<\/td>/,
    );
    assert.match(
      body,
      /<a class="govuk-link" href="#members-ngo">Organizacje pozarządowe<\/a><\/th><td class="[^"]*govuk-table__cell--numeric">1<\/td>/,
    );
    assert.match(body, /<th scope="row"[^>]*>mikro<\/th><td class="[^"]*govuk-table__cell--numeric">3<\/td>/);
    assert.match(body, /<th scope="row"[^>]*>duże<\/th><td class="[^"]*govuk-table__cell--numeric">2<\/td>/);
    assert.match(
      body,
      /<th scope="row"[^>]*>średnie<\/th><td class="[^"]*govuk-table__cell--numeric">0<\/td>/,
    );
    assert.match(
      body,
      /<th scope="row"[^>]*>wielkość nieznana<\/th><td class="[^"]*govuk-table__cell--numeric">1<\/td>/,
    );
    assert.match(body, /<h3 class="govuk-heading-m" id="members-enterprise">Przedsiębiorstwa \(6\)<\/h3>/);
    assert.match(body, /<li>Akademia Próbna<\/li>/);
  });

  it('shows the categories: standards with their dates, KKK status with its validity', async () => {
    const body = await page(full.slug);
    assert.match(body, /spełnia — ocena z 10 maja 2025, ważna do 10 maja 2027/);
    assert.match(body, /Runda VI \(2022\): ważny do 31 grudnia 2027 \(dokument nr KKK\/6\/01\)/);
    assert.match(body, /<strong class="govuk-tag govuk-tag--green">Krajowy Klaster Kluczowy<\/strong>/);
    const old = await page(stale.slug);
    assert.match(old, /ocena z 10 stycznia 2022 straciła ważność 10 stycznia 2024/);
    assert.match(old, /Runda V \(2021\): wygasł 31 grudnia 2024/);
    assert.doesNotMatch(old, /govuk-tag--green/);
  });

  it('gives the facts, contacts, offer and needs, and labels demo data', async () => {
    const body = await page(full.slug);
    for (const text of [
      'Fundacja Próba',
      'Toruń, kujawsko-pomorskie',
      'kujawsko-pomorskie, pomorskie',
      'elektronika i fotonika',
      'KIS 18. Optoelektroniczne systemy i materiały',
      '1 marca 2014',
      '15 września 2014',
      'Anna Nowak',
      'Oferujemy laboratoria.',
      'Szukamy inwestorów.',
      'Opis po polsku.',
      'Dane przykładowe (demonstracyjne)',
      'Dane potwierdzone przez koordynatora: 1 października 2026.',
    ])
      assert.ok(body.includes(text), text);
    assert.match(body, /<a class="govuk-link portal-break" href="mailto:biuro@proba\.example">/);
    assert.match(body, /<a class="govuk-link portal-break" href="tel:\+48560000000">\+48 56 000 00 00<\/a>/);
    assert.match(body, /<a class="govuk-link portal-break" href="https:\/\/proba\.example">/);
    assert.match(await page(full.slug, 'lang=en'), /Description in English\./);
  });

  it('labels a profile not confirmed for twelve months as outdated, and never links a script URL', async () => {
    const body = await page(stale.slug);
    assert.match(body, /<strong class="govuk-tag govuk-tag--yellow">Dane nieaktualne<\/strong>/);
    assert.match(
      body,
      /koordynator nie potwierdził ich od ponad 12 miesięcy \(ostatnio 1 października 2025\)/,
    );
    assert.doesNotMatch(body, /href="javascript:/);
    assert.doesNotMatch(await page(full.slug), /Dane nieaktualne/);
  });

  it('shows a real KKK holder with only its known facts and says the profile is not completed', async () => {
    const body = await page('dolina-lotnicza');
    assert.match(body, /Koordynator nie uzupełnił jeszcze profilu/);
    assert.match(body, /Runda I \(2015\): okres ważności: brak danych/);
    assert.match(
      body,
      /<h2 class="govuk-heading-l" id="members">Członkowie<\/h2>\s*<p class="govuk-body">brak danych<\/p>/,
    );
    assert.doesNotMatch(body, /Liczba członków/);
    assert.doesNotMatch(body, /Dane nieaktualne|Dane przykładowe/);
  });

  it('does not show a cluster that is not published', async () => {
    const response = await portal.app.inject({ url: '/klastry/szkic' });
    assert.equal(response.statusCode, 404);
    assert.equal((await portal.app.inject({ url: '/api/v1/clusters/szkic' })).statusCode, 404);
  });
});
