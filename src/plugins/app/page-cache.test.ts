import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { type TestApp, testApp } from '../../../test/app.ts';
import { clusterRecorder } from '../../modules/registry/clusterRecorder.ts';

describe('page cache for anonymous visitors', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ env: { PAGE_CACHE_SECONDS: '60' } });
  });
  after(() => portal.close());

  const get = (url: string, cookie?: string) => portal.app.inject({ url, headers: cookie ? { cookie } : {} });
  const addCluster = (slug: string) =>
    clusterRecorder(
      portal.database.db,
      { slug, name: `Klaster ${slug}`, coordinatorName: null, isDemo: true },
      new Date().toISOString(),
    );

  it('serves a rendered public page again until it is cleared', async () => {
    const first = await get('/klastry');
    await addCluster('nowy-klaster');
    const again = await get('/klastry');
    assert.equal(again.body, first.body, 'the page is not rendered again');
    assert.equal(again.headers['content-type'], 'text/html; charset=utf-8');
    assert.ok(again.headers['content-security-policy'], 'security headers still apply');
    portal.app.pageCache.clear();
    assert.match((await get('/klastry')).body, /Klaster nowy-klaster/);
  });

  it('answers a kept page compressed for browsers that accept it, with the same headers', async () => {
    const fresh = await portal.app.inject({ url: '/o-projekcie', headers: { 'accept-encoding': 'br' } });
    const kept = await portal.app.inject({ url: '/o-projekcie', headers: { 'accept-encoding': 'br' } });
    assert.equal(kept.headers['content-encoding'], 'br');
    assert.equal(
      brotliDecompressSync(kept.rawPayload).toString(),
      brotliDecompressSync(fresh.rawPayload).toString(),
    );
    for (const header of ['content-security-policy', 'x-content-type-options', 'content-type', 'etag']) {
      assert.equal(kept.headers[header], fresh.headers[header], header);
    }
    assert.match(String(kept.headers.vary), /Accept-Encoding/);
    const notModified = await portal.app.inject({
      url: '/o-projekcie',
      headers: { 'if-none-match': String(kept.headers.etag) },
    });
    assert.equal(notModified.statusCode, 304);
  });

  it('keeps one copy per language and display choice', async () => {
    const polish = await get('/polityka-klastrowa');
    const english = await get('/polityka-klastrowa', 'lang=en');
    const contrast = await get('/polityka-klastrowa', 'kontrast=high');
    assert.match(polish.body, /<html lang="pl" class="text-normal">/);
    assert.match(english.body, /<html lang="en" class="text-normal">/);
    assert.equal(english.headers['content-language'], 'en');
    assert.match(contrast.body, /class="text-normal contrast-high"/);
  });

  it('always renders afresh for a signed-in visitor', async () => {
    portal.app.pageCache.clear();
    await get('/klastry');
    await addCluster('dla-zalogowanych');
    assert.doesNotMatch((await get('/klastry')).body, /Klaster dla-zalogowanych/, 'anonymous: the kept page');
    assert.match(
      (await get('/klastry', 'sid=some-session')).body,
      /Klaster dla-zalogowanych/,
      'signed in: a fresh page',
    );
  });

  it('never keeps an error page', async () => {
    assert.equal((await get('/klastry/jeszcze-nie-ma')).statusCode, 404);
    await addCluster('jeszcze-nie-ma');
    assert.equal((await get('/klastry/jeszcze-nie-ma')).statusCode, 200);
  });
});

describe('page cache when a kept page’s time is up', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ env: { PAGE_CACHE_SECONDS: '1' } });
  });
  after(() => portal.close());

  it('lets one request render it afresh while the others still get the kept page', async () => {
    const get = () => portal.app.inject({ url: '/klastry' });
    const first = await get();
    await clusterRecorder(
      portal.database.db,
      { slug: 'swiezy-klaster', name: 'Klaster Świeży', coordinatorName: null, isDemo: true },
      new Date().toISOString(),
    );
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [refresher, waiting] = await Promise.all([get(), get()]);
    assert.match(refresher.body, /Klaster Świeży/, 'the first request renders the page afresh');
    assert.equal(waiting.body, first.body, 'meanwhile the others get the kept page');
    assert.match((await get()).body, /Klaster Świeży/, 'then everyone gets the fresh one');
  });
});
