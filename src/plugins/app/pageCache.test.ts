import assert from 'node:assert/strict';
import { type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { type TestApp, testApp } from '../../../test/app.ts';
import { clusterRecorder } from '../../modules/registry/clusterRecorder.ts';

interface Answer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  rawPayload: Buffer;
  body: string;
}

/** Kept pages are answered by the HTTP server before Fastify, so these tests go over a real socket. */
async function listening(portal: TestApp) {
  await portal.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = portal.app.server.address() as AddressInfo;
  return (path: string, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const rawPayload = Buffer.concat(chunks);
          const { statusCode = 0, headers: answerHeaders } = response;
          resolve({ statusCode, headers: answerHeaders, rawPayload, body: rawPayload.toString() });
        });
      })
        .on('error', reject)
        .end();
    });
}

describe('page cache for anonymous visitors', () => {
  let portal: TestApp;
  let fetchPage: Awaited<ReturnType<typeof listening>>;
  before(async () => {
    portal = await testApp({ env: { PAGE_CACHE_SECONDS: '60' } });
    fetchPage = await listening(portal);
  });
  after(() => portal.close());

  const get = (url: string, cookie?: string) => fetchPage(url, cookie ? { cookie } : {});
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
    const fresh = await fetchPage('/o-projekcie', { 'accept-encoding': 'br' });
    const kept = await fetchPage('/o-projekcie', { 'accept-encoding': 'br' });
    assert.equal(kept.headers['content-encoding'], 'br');
    assert.equal(
      brotliDecompressSync(kept.rawPayload).toString(),
      brotliDecompressSync(fresh.rawPayload).toString(),
    );
    for (const header of ['content-security-policy', 'x-content-type-options', 'content-type', 'etag']) {
      assert.equal(kept.headers[header], fresh.headers[header], header);
    }
    assert.match(String(kept.headers.vary), /Accept-Encoding/);
    assert.notEqual(kept.headers['x-request-id'], fresh.headers['x-request-id'], 'a request id each');
    const notModified = await fetchPage('/o-projekcie', { 'if-none-match': String(kept.headers.etag) });
    assert.equal(notModified.statusCode, 304);
    assert.equal(notModified.rawPayload.length, 0);
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
  let fetchPage: Awaited<ReturnType<typeof listening>>;
  // Holds every render until the test lets it go, so a request can arrive while another renders.
  let renderGate: Promise<void> = Promise.resolve();
  before(async () => {
    portal = await testApp({
      env: { PAGE_CACHE_SECONDS: '1' },
      routes: (app) => app.addHook('preHandler', () => renderGate),
    });
    fetchPage = await listening(portal);
  });
  after(() => portal.close());

  it('lets one request render it afresh while the others still get the kept page', async () => {
    const get = () => fetchPage('/klastry');
    const first = await get();
    await clusterRecorder(
      portal.database.db,
      { slug: 'swiezy-klaster', name: 'Klaster Świeży', coordinatorName: null, isDemo: true },
      new Date().toISOString(),
    );
    await new Promise((resolve) => setTimeout(resolve, 1100));
    let release = () => {};
    renderGate = new Promise((resolve) => {
      release = resolve;
    });
    const refreshing = get();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const waiting = await get();
    assert.equal(waiting.body, first.body, 'while one request renders, the others get the kept page');
    release();
    assert.match((await refreshing).body, /Klaster Świeży/, 'the first request renders the page afresh');
    assert.match((await get()).body, /Klaster Świeży/, 'then everyone gets the fresh one');
  });
});
