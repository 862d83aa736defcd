import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../test/app.ts';

const MAIN_PAGES = [
  '/',
  '/klastry',
  '/klastry/dolina-lotnicza',
  '/krajowe-klastry-kluczowe',
  '/kalendarz',
  '/forum',
  '/polityka-klastrowa',
  '/o-projekcie',
  '/deklaracja-dostepnosci',
  '/polityka-prywatnosci',
  '/api/docs',
];

describe('page layout', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'demo' });
  });
  after(() => portal.close());

  const get = (url: string, cookie = '') => portal.app.inject({ url, headers: cookie ? { cookie } : {} });

  for (const url of MAIN_PAGES) {
    it(`renders ${url} in Polish and in English`, async () => {
      const polish = await get(url);
      assert.equal(polish.statusCode, 200);
      assert.match(polish.body, /<html lang="pl"/);
      assert.match(polish.body, /Przejdź do treści/);
      assert.match(polish.body, /<main id="main"/);
      assert.match(polish.body, /Kalendarz imprez/);
      assert.match(polish.body, /Deklaracja dostępności/);
      const english = await get(url, 'lang=en');
      assert.equal(english.statusCode, 200);
      assert.match(english.body, /<html lang="en"/);
      assert.match(english.body, /Skip to content/);
      assert.match(english.body, /Events calendar/);
      assert.equal(english.headers['content-language'], 'en');
    });
  }

  it('has a privacy notice in both languages, linked from every footer and from sign-up', async () => {
    const polish = (await get('/polityka-prywatnosci')).body;
    for (const part of [
      'Administrator danych',
      'Minister właściwy do spraw gospodarki',
      'kontakt@klastry.example',
    ])
      assert.ok(polish.includes(part), part);
    for (const heading of ['Cele i podstawy prawne przetwarzania', 'Okres przechowywania', 'Twoje prawa'])
      assert.match(polish, new RegExp(`<h2[^>]*>${heading}</h2>`));
    assert.match(polish, /art\. 6 ust\. 1 lit\. b RODO/);
    assert.match(polish, /Prezesa Urzędu Ochrony Danych Osobowych/);
    const english = (await get('/polityka-prywatnosci', 'lang=en')).body;
    assert.match(english, /<h1[^>]*>Privacy notice<\/h1>/);
    assert.match(english, /Art\. 6\(1\)\(b\) GDPR/);
    assert.match(
      (await get('/')).body,
      /<a [^>]*href="\/polityka-prywatnosci"[^>]*>Ochrona danych osobowych<\/a>/,
    );
    assert.match((await get('/konto/rejestracja')).body, /href="\/polityka-prywatnosci"/);
  });

  it('marks the current section in the main navigation', async () => {
    const page = await get('/krajowe-klastry-kluczowe');
    assert.match(
      page.body,
      /<a class="govuk-service-navigation__link" href="\/krajowe-klastry-kluczowe" aria-current="page">/,
    );
    assert.match(
      page.body,
      /Klaster Dolina Lotnicza<\/a><br><span class="portal-meta">Podmiot reprezentujący: Stowarzyszenie Grupy/,
    );
    assert.match(page.body, /Runda I \(2015\)/);
  });

  it('applies the contrast and text size chosen, before the first paint', async () => {
    const page = await get('/', 'kontrast=high; tekst=larger');
    assert.match(page.body, /<html lang="pl" class="text-larger contrast-high">/);
    assert.match(page.body, /Wyłącz kontrast/);
  });

  it('labels the contrast switch with the action it takes, in English too', async () => {
    assert.match((await get('/', 'lang=en')).body, />Turn high contrast on</);
    assert.match((await get('/', 'lang=en; kontrast=high')).body, />Turn high contrast off</);
  });

  it('switches a preference with a plain link and returns to the same page', async () => {
    const response = await get('/preferencje?kontrast=high&wroc=%2Fklastry%3Fstrona%3D1');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/klastry?strona=1');
    const cookie = response.cookies.find((c) => c.name === 'kontrast');
    assert.equal(cookie?.value, 'high');
    assert.equal(cookie?.httpOnly, true);
    assert.equal(cookie?.sameSite, 'Lax');
    assert.ok((cookie?.maxAge ?? 0) > 30 * 24 * 3600, 'remembered for long');
  });

  it('never returns to another site', async () => {
    const response = await get('/preferencje?lang=en&wroc=%2F%2Fevil.example');
    assert.equal(response.headers.location, '/');
  });

  it('shows a profile with only the known facts and says so', async () => {
    const page = await get('/klastry/interizon');
    assert.match(page.body, /Koordynator nie uzupełnił jeszcze profilu/);
    assert.match(page.body, /Fundacja Interizon/);
    assert.match(page.body, /brak danych/);
  });

  it('labels demo data as demo', async () => {
    const page = await get('/klastry/demo-slaski-klaster-robotyki');
    assert.match(page.body, /Dane przykładowe/);
  });

  it('escapes text from the database', async () => {
    const { clusterRecorder } = await import('../modules/registry/clusterRecorder.ts');
    await clusterRecorder(
      portal.database.db,
      {
        slug: 'xss-probe',
        name: '<script>alert(1)</script> Klaster',
        coordinatorName: '"><img src=x onerror=alert(1)>',
        isDemo: true,
      },
      new Date().toISOString(),
    );
    const page = await get('/klastry/xss-probe');
    assert.doesNotMatch(page.body, /<script>alert|<img src=x/);
    assert.match(page.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Klaster/);
  });

  it('gives a Polish 404 page and a 400 for a bad page number', async () => {
    const missing = await get('/nie-ma-takiej-strony');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /Nie znaleziono strony/);
    const bad = await get('/klastry?strona=abc');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Nieprawidłowe żądanie/);
  });
});
