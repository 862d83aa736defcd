import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';

describe('registry API', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'demo' });
  });
  after(() => portal.close());

  it('lists clusters a page at a time in Polish alphabetical order', async () => {
    const response = await portal.app.inject({ url: '/api/v1/clusters?per_page=5' });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.total, 13);
    assert.equal(body.page, 1);
    assert.equal(body.per_page, 5);
    assert.equal(body.items.length, 5);
    const all = (await portal.app.inject({ url: '/api/v1/clusters?per_page=100' }))
      .json()
      .items.map((c: { name: string }) => c.name);
    assert.deepEqual(all, [...all].sort(new Intl.Collator('pl').compare));
    assert.ok(
      all.indexOf('Łódzki Klaster Mody i Tekstyliów') < all.indexOf('Mazowiecki Klaster ICT'),
      'Ł sorts before M',
    );
  });

  it('describes one cluster with its KKK statuses', async () => {
    const response = await portal.app.inject({ url: '/api/v1/clusters/dolina-lotnicza' });
    assert.equal(response.statusCode, 200);
    const cluster = response.json();
    assert.equal(cluster.name, 'Klaster Dolina Lotnicza');
    assert.equal(cluster.profile_completed, false);
    assert.equal(cluster.demo, false);
    assert.deepEqual(cluster.kkk_statuses, [
      { round: 1, round_year: 2015, document_number: null, document_date: null, valid_until: null },
    ]);
    assert.equal(cluster.url, 'http://localhost:3000/klastry/dolina-lotnicza');
  });

  it('answers an unknown cluster with a 404 in the error shape', async () => {
    const response = await portal.app.inject({ url: '/api/v1/clusters/nie-ma-takiego' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.message, 'Nie znaleziono klastra o adresie „nie-ma-takiego”.');
  });

  it('is described in the OpenAPI document, without the HTML pages', async () => {
    const document = (await portal.app.inject({ url: '/api/v1/openapi.json' })).json();
    assert.equal(document.openapi, '3.0.3');
    assert.ok(document.paths['/api/v1/clusters'].get);
    assert.ok(document.paths['/api/v1/clusters/{slug}'].get);
    assert.ok(Object.keys(document.paths).every((path: string) => path.startsWith('/api/v1/')));
  });
});
