import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { buildCluster } from '../../modules/registry/testing.ts';
import { VOIVODESHIPS, type VoivodeshipCode } from '../../modules/registry/voivodeships.ts';
import { acceptedLocale, requestLocale } from './requestLocale.ts';

describe('the language of an answer', () => {
  it('takes the best language of Accept-Language the portal has', () => {
    assert.equal(acceptedLocale('en'), 'en');
    assert.equal(acceptedLocale('en-GB,en;q=0.9'), 'en');
    assert.equal(acceptedLocale('pl-PL'), 'pl');
    assert.equal(acceptedLocale('de-DE, en;q=0.5, pl;q=0.8'), 'pl');
    assert.equal(acceptedLocale('pl;q=0, en;q=0.1'), 'en', 'q=0 means not this one');
    assert.equal(acceptedLocale('de, fr'), null);
    assert.equal(acceptedLocale('*'), null);
    assert.equal(acceptedLocale(undefined), null);
  });

  it('lets Accept-Language choose for the API (then the site’s cookie) and the cookie for pages', () => {
    assert.equal(requestLocale('/api/v1/rounds', { 'accept-language': 'en' }, { lang: 'pl' }), 'en');
    assert.equal(requestLocale('/api/v1/rounds', {}, {}), 'pl', 'neither: Polish');
    assert.equal(requestLocale('/api/v1/rounds', { 'accept-language': 'de' }, { lang: 'en' }), 'en');
    assert.equal(requestLocale('/klastry', { 'accept-language': 'en' }, {}), 'pl');
    assert.equal(requestLocale('/klastry', {}, { lang: 'en' }), 'en');
    assert.equal(
      requestLocale('/api/docs', { 'accept-language': 'en' }, {}),
      'pl',
      'the docs page is a page',
    );
  });
});

describe('API messages in the language of Accept-Language', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none', env: { PAGE_CACHE_SECONDS: '60' } });
    await buildCluster(portal.app.db, { name: 'Klaster Pomorski', voivodeship: '22' });
  });
  after(() => portal.close());

  const get = (url: string, language?: string) =>
    portal.app.inject({ url, headers: language ? { 'accept-language': language } : {} });

  it('gives error messages and field problems in English for en, in Polish for pl or nothing', async () => {
    const english = await get('/api/v1/clusters?per_page=0', 'en-GB,en;q=0.8');
    assert.equal(english.statusCode, 400);
    assert.equal(english.headers['content-language'], 'en');
    assert.match(String(english.headers.vary), /Accept-Language/);
    assert.deepEqual(english.json(), {
      error: {
        code: 'validation_failed',
        message: 'The data is invalid. Correct the fields listed.',
        fields: { per_page: 'Enter a number no less than 1.' },
      },
    });
    for (const language of ['pl', undefined]) {
      const polish = await get('/api/v1/clusters?per_page=0', language);
      assert.equal(polish.headers['content-language'], 'pl');
      assert.equal(polish.json().error.message, 'Dane są nieprawidłowe. Popraw wskazane pola.', language);
    }
    assert.equal(
      (await get('/api/v1/nie-ma', 'en')).json().error.message,
      'There is no such API route: GET /api/v1/nie-ma.',
    );
    const unauthenticated = await get('/api/v1/me', 'en');
    assert.equal(unauthenticated.statusCode, 401);
    assert.doesNotMatch(unauthenticated.json().error.message, /[ąęłńóśźż]/i);
  });

  it('names codes in the asked language, and keeps one copy of a kept answer per language', async () => {
    const voivodeshipOf = async (language?: string) => {
      const response = await get('/api/v1/clusters?per_page=100', language);
      assert.equal(response.statusCode, 200);
      const items = response.json().items as {
        voivodeship: { code: VoivodeshipCode; name: string } | null;
      }[];
      const located = items.find((item) => item.voivodeship !== null)?.voivodeship;
      assert.ok(located, 'a cluster with a voivodeship');
      return located;
    };
    const polish = await voivodeshipOf();
    const english = await voivodeshipOf('en');
    assert.equal(polish.name, VOIVODESHIPS[polish.code].pl);
    assert.equal(english.name, VOIVODESHIPS[english.code].en);
    assert.notEqual(english.name, polish.name);
    assert.equal((await voivodeshipOf('pl')).name, polish.name, 'the English copy is not served to Polish');
    assert.equal((await voivodeshipOf('en')).name, english.name);
  });

  it('leaves pages to the visitor’s choice', async () => {
    const page = await get('/klastry', 'en');
    assert.match(page.body, /<html lang="pl"/);
  });
});
