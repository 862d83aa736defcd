import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Type } from '@sinclair/typebox';
import { type TestApp, testApp } from '../../../test/app.ts';

describe('errors', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({
      routes: (app) => {
        app.get('/__test/boom', { config: { access: 'public' } }, async () => {
          throw new Error('secret internals at /srv/db');
        });
        app.get('/api/v1/__test/boom', { config: { access: 'public' } }, async () => {
          throw new Error('secret internals at /srv/db');
        });
        app.post(
          '/api/v1/__test/scores',
          {
            config: { access: 'public' },
            schema: { body: Type.Object({ scores: Type.Array(Type.Object({ points: Type.Integer() })) }) },
          },
          async (request) => request.body,
        );
        app.post(
          '/api/v1/__test/echo',
          {
            config: { access: 'public' },
            schema: { body: Type.Object({ name: Type.String({ minLength: 2 }), count: Type.Integer() }) },
          },
          async (request) => request.body,
        );
      },
    });
  });
  after(() => portal.close());

  const errorOf = (body: string) =>
    JSON.parse(body).error as { code: string; message: string; fields?: Record<string, string> };

  it('answers an unknown API route with a 404 in the error shape', async () => {
    const response = await portal.app.inject({ url: '/api/v1/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.match(response.headers['content-type'] as string, /application\/json/);
    assert.deepEqual(Object.keys(JSON.parse(response.body)), ['error']);
    assert.equal(errorOf(response.body).code, 'not_found');
    assert.match(errorOf(response.body).message, /Nie ma takiej ścieżki API: GET \/api\/v1\/nothing-here/);
  });

  it('names each invalid field of a query', async () => {
    const response = await portal.app.inject({ url: '/api/v1/clusters?per_page=1000&page=0' });
    assert.equal(response.statusCode, 400);
    const error = errorOf(response.body);
    assert.equal(error.code, 'validation_failed');
    assert.ok(error.fields?.per_page?.includes('100'), JSON.stringify(error.fields));
  });

  it('names each invalid field of a body, in English when asked', async () => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/__test/echo',
      headers: { cookie: 'lang=en' },
      payload: { name: 'x' },
    });
    assert.equal(response.statusCode, 400);
    const error = errorOf(response.body);
    assert.equal(error.fields?.name, 'Enter at least 2 characters.');
    assert.equal(error.fields?.count, 'This field is required.');
  });

  it('refuses a malformed JSON body with a 400, not a 500', async () => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/__test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "ab", ',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorOf(response.body).code, 'invalid_json');
  });

  it('hides internals of a server error and gives the request id', async () => {
    const api = await portal.app.inject({ url: '/api/v1/__test/boom' });
    assert.equal(api.statusCode, 500);
    assert.equal(errorOf(api.body).code, 'internal_error');
    assert.ok(errorOf(api.body).message.includes(api.headers['x-request-id'] as string));
    assert.doesNotMatch(api.body, /secret internals|stack/);

    const page = await portal.app.inject({ url: '/__test/boom' });
    assert.equal(page.statusCode, 500);
    assert.match(page.body, /Wystąpił błąd serwera/);
    assert.ok(page.body.includes(page.headers['x-request-id'] as string));
    assert.doesNotMatch(page.body, /secret internals/);
  });

  it("answers a URL with malformed percent-encoding in the portal's shape, not the framework's", async () => {
    const api = await portal.app.inject({ url: '/api/v1/rounds/%ZZ' });
    assert.equal(api.statusCode, 400);
    assert.deepEqual(Object.keys(JSON.parse(api.body)), ['error']);
    assert.equal(errorOf(api.body).code, 'bad_url');
    assert.doesNotMatch(api.body, /FST_ERR/);

    const page = await portal.app.inject({ url: '/klastry/%ED%A0%80' });
    assert.equal(page.statusCode, 400);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /<html lang="pl"/);
    assert.match(page.body, /Nieprawidłowe żądanie/);
    assert.doesNotMatch(page.body, /FST_ERR/);

    const english = await portal.app.inject({ url: '/klastry/%ED%A0%80', headers: { cookie: 'lang=en' } });
    assert.equal(english.statusCode, 400);
    assert.match(english.body, /<html lang="en"/);
    assert.match(english.body, /malformed/);
  });

  it('names a refused item of an array by its JSON path', async () => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/__test/scores',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ scores: [{ points: 1 }, { points: 1 }, { points: 1 }, { points: 'many' }] }),
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorOf(response.body).code, 'validation_failed');
    assert.deepEqual(Object.keys(errorOf(response.body).fields ?? {}), ['scores[3].points']);
  });
});
