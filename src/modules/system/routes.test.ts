import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';

describe('HTTP basics', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp();
  });
  after(() => portal.close());

  it('reports the process alive and the database reachable', async () => {
    const health = await portal.app.inject({ url: '/healthz' });
    assert.deepEqual(health.json(), { status: 'ok' });
    const ready = await portal.app.inject({ url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().status, 'ok');
  });

  it('counts requests by route pattern for Prometheus', async () => {
    await portal.app.inject({ url: '/klastry/interizon' });
    const metrics = await portal.app.inject({ url: '/metrics' });
    assert.match(metrics.headers['content-type'] as string, /text\/plain/);
    assert.match(metrics.body, /http_requests_total\{method="GET",route="\/klastry\/:slug",status="200"\} 1/);
    assert.match(
      metrics.body,
      /http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/klastry\/:slug"/,
    );
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await portal.app.inject({ url: '/' });
    const csp = response.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.ok(response.headers['referrer-policy']);
  });

  it('answers a repeated page request with 304 by its ETag', async () => {
    const first = await portal.app.inject({ url: '/polityka-klastrowa' });
    const etag = first.headers.etag as string;
    assert.ok(etag);
    const again = await portal.app.inject({ url: '/polityka-klastrowa', headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
  });

  it('compresses pages with brotli or gzip', async () => {
    const brotli = await portal.app.inject({
      url: '/deklaracja-dostepnosci',
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(brotli.headers['content-encoding'], 'br');
    const gzip = await portal.app.inject({
      url: '/deklaracja-dostepnosci',
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
  });

  it('lets browsers keep fingerprinted assets for a year', async () => {
    const page = await portal.app.inject({ url: '/' });
    const stylesheet = page.body.match(/href="(\/assets\/css\/portal\.css\?v=[0-9a-f]{12})"/)?.[1];
    assert.ok(stylesheet, 'the layout links a fingerprinted stylesheet');
    const css = await portal.app.inject({ url: stylesheet });
    assert.equal(css.statusCode, 200);
    assert.match(css.headers['cache-control'] as string, /max-age=31536000.*immutable/);
  });
});
