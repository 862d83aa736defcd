import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../test/app.ts';
import { allRoutes } from '../test/routes.ts';
import { ACTIONS } from './policies/index.ts';

describe('route classification', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none' });
  });
  after(() => portal.close());

  it('lets the portal start only when every route says who may call it', async () => {
    await assert.rejects(
      testApp({ data: 'none', routes: (app) => app.get('/bez-dostepu', { config: {} }, async () => 'x') }),
      /Route GET \/bez-dostepu does not say who may call it/,
    );
    await assert.rejects(
      testApp({
        data: 'none',
        routes: (app) =>
          app.post('/dla-wszystkich', { config: { access: 'everyone' as 'public' } }, async () => 'x'),
      }),
      /Route POST \/dla-wszystkich does not say who may call it/,
    );
    // The fingerprinted static files (/assets/*, printed in the route tree as /*) are public by nature.
    assert.ok(portal.app.hasRoute({ method: 'GET', url: '/assets/*' }));
    const routes = allRoutes(portal.app).filter((route) => route.url !== '/*');
    assert.ok(routes.length > 100, `the route list is read (${routes.length} routes)`);
    const known = new Set(['public', 'signedIn', ...ACTIONS]);
    const unclassified = routes
      .map((route) => `${route.method} ${route.url}`)
      .filter((route) => !known.has(portal.app.routeAccess.get(route) ?? ''));
    assert.deepEqual(unclassified, []);
    assert.equal(portal.app.routeAccess.get('GET /konto'), 'account.manage');
  });

  it('refuses a new route that does not say who may call it', async () => {
    await assert.rejects(
      testApp({ data: 'none', routes: (app) => app.get('/nowa-strona', async () => 'x') }),
      /Route GET \/nowa-strona does not say who may call it/,
    );
  });

  it('documents every API route in the OpenAPI document', async () => {
    const document = JSON.parse((await portal.app.inject({ url: '/api/v1/openapi.json' })).body) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map(
          (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      ),
    );
    const api = allRoutes(portal.app).filter(
      (route) => route.url.startsWith('/api/v1/') && route.url !== '/api/v1/openapi.json',
    );
    assert.ok(api.length > 50, `the route list is read (${api.length} API routes)`);
    assert.deepEqual(
      api.map((route) => `${route.method} ${route.url}`).filter((route) => !documented.has(route)),
      [],
    );
  });

  it('documents the discovery routes and the operators’ round overview, the latter behind a token', async () => {
    const document = JSON.parse((await portal.app.inject({ url: '/api/v1/openapi.json' })).body) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    for (const path of ['/api/v1/programmes', '/api/v1/registrations/criteria']) {
      assert.ok(document.paths[path]?.get, path);
    }
    for (const [method, path] of [
      ['get', '/api/v1/rounds/{id}/applications'],
      ['get', '/api/v1/rounds/{id}/experts'],
      ['get', '/api/v1/rounds/{id}/appeals'],
      ['delete', '/api/v1/assignments/{id}'],
    ] as const) {
      assert.deepEqual(document.paths[path]?.[method]?.security, [{ bearerAuth: [] }], `${method} ${path}`);
    }
  });
});
