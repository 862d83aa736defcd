import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../test/app.ts';
import { allRoutes } from '../test/routes.ts';

describe('route classification', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none' });
  });
  after(() => portal.close());

  it('lets the portal start only when every route says who may call it', () => {
    assert.ok(portal.app.hasRoute({ method: 'GET', url: '/konto' }));
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
