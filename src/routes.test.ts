import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../test/app.ts';

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
});
