import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { type ApiCaller, apiPerson, clusterWithTeam } from '../../../test/factories.ts';
import { json, roundThroughApi } from '../assessment/testing.ts';
import { movableClock } from './testing.ts';

type Schema = { properties?: Record<string, Schema> } & Record<string, unknown>;
type OpenApi = {
  info: { description: string };
  paths: Record<
    string,
    Record<string, { description?: string; requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
};

/**
 * What an integrator finds without guessing: programme ids, cluster ids (or slugs), the
 * questionnaire's criterion codes, and every limit the server enforces in the OpenAPI document.
 */
describe('discovering the API', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let portal: TestApp;
  let operator: ApiCaller;
  let coordinator: ApiCaller;
  let document: OpenApi;

  const anonymous = (url: string, language?: string) =>
    portal.app.inject({ url, headers: language ? { 'accept-language': language } : {} });
  const property = (path: string, method: string, ...names: string[]): Schema => {
    let schema = document.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;
    for (const name of names) schema = schema?.properties?.[name];
    assert.ok(schema, `${method} ${path} ${names.join('.')}`);
    return schema;
  };

  before(async () => {
    portal = await testApp({ data: 'none', clock: time.clock });
    operator = await apiPerson(portal.app, time.clock, ['operator']);
    coordinator = await apiPerson(portal.app, time.clock, ['coordinator']);
    document = json<OpenApi>(await anonymous('/api/v1/openapi.json'));
  });
  after(() => portal.close());

  it('lists the programmes with their ids, which creating a round takes', async () => {
    const programmes = json<{ items: { id: number; code: string; name: string; name_en: string }[] }>(
      await anonymous('/api/v1/programmes'),
    ).items;
    const national = programmes.find((programme) => programme.code === 'kkk');
    assert.ok(national, 'the national programme');
    assert.match(national.name, /Krajow/);
    const english = json<{ items: { code: string; name: string; name_en: string }[] }>(
      await anonymous('/api/v1/programmes', 'en'),
    ).items.find((programme) => programme.code === 'kkk');
    assert.equal(english?.name, english?.name_en);
    const round = json<{ programme: string }>(
      await operator.send('POST', '/api/v1/rounds', {
        programme_id: national.id,
        number: 77,
        name_pl: 'Nabór z listy programów',
        name_en: 'Call from the programme list',
        opens_at: '2026-12-01T08:00:00Z',
        closes_at: '2026-12-15T15:00:00Z',
        template: 'LATEST_ROUND_RULES',
      }),
      201,
    );
    assert.equal(round.programme, 'kkk');
  });

  it('shows each cluster’s id, and starts an application by the id or the slug', async () => {
    const cluster = await clusterWithTeam(portal.app.db, coordinator.userId, 6);
    const listed = json<{ items: { id: number; slug: string }[] }>(
      await anonymous('/api/v1/clusters?per_page=100'),
    ).items.find((item) => item.slug === cluster.slug);
    assert.equal(listed?.id, cluster.id);
    assert.equal(json<{ id: number }>(await anonymous(`/api/v1/clusters/${cluster.slug}`)).id, cluster.id);

    const roundId = await roundThroughApi(operator, {
      opensAt: '2026-12-01T08:00:00.000Z',
      closesAt: '2026-12-15T15:00:00.000Z',
      assessmentDueAt: '2027-01-15T15:00:00.000Z',
    });
    time.set('2026-12-02T09:00:00.000Z');
    const neither = json<{ error: { code: string; fields: Record<string, string> } }>(
      await coordinator.send('POST', '/api/v1/applications', { round_id: roundId }),
      400,
    );
    assert.equal(neither.error.code, 'validation_failed');
    assert.ok(neither.error.fields.cluster_id);
    json(
      await coordinator.send('POST', '/api/v1/applications', {
        round_id: roundId,
        cluster_slug: 'nie-ma-takiego',
      }),
      404,
    );
    const draft = json<{ cluster_id: number; state: string }>(
      await coordinator.send('POST', '/api/v1/applications', {
        round_id: roundId,
        cluster_slug: cluster.slug,
      }),
      201,
    );
    assert.deepEqual([draft.cluster_id, draft.state], [cluster.id, 'draft']);
  });

  it('lists the questionnaire’s criteria, whose codes the questionnaire takes', async () => {
    type Criterion = {
      code: string;
      kind: string;
      minimum: number | null;
      question: string;
      question_en: string;
    };
    const criteria = json<{ items: Criterion[] }>(await anonymous('/api/v1/registrations/criteria')).items;
    assert.deepEqual(criteria.map((criterion) => criterion.code).sort(), [
      'agreement',
      'coordinator_legal_person',
      'management_staff',
      'members_enterprises',
      'members_research',
      'members_total',
      'website',
    ]);
    const english = json<{ items: Criterion[] }>(
      await anonymous('/api/v1/registrations/criteria', 'en'),
    ).items;
    assert.deepEqual(
      english.map((criterion) => criterion.question),
      english.map((criterion) => criterion.question_en),
    );
    const answers = Object.fromEntries(
      criteria.map((criterion) => [
        criterion.code,
        criterion.kind === 'yes_no' ? true : (criterion.minimum ?? 0),
      ]),
    );
    const result = json<{ passed: boolean }>(
      await coordinator.send('POST', '/api/v1/registrations/questionnaire', {
        name: 'Klaster z listy',
        answers,
      }),
      201,
    );
    assert.equal(result.passed, true);
  });

  it('carries in the OpenAPI document the limits the server enforces', async () => {
    assert.equal(property('/api/v1/appeals', 'post', 'reasons').minLength, 20);
    const short = json<{ error: { code: string; fields: Record<string, string> } }>(
      await coordinator.send('POST', '/api/v1/appeals', {
        application_id: 1,
        reasons: 'Za krótko, 19 znak.',
      }),
      400,
    );
    assert.equal(short.error.code, 'validation_failed');
    assert.ok(short.error.fields.reasons, 'refused for its length before anything is looked up');
    assert.equal(property('/api/v1/appeals/{id}/resolution', 'post', 'resolution').minLength, 1);
    assert.deepEqual(
      [
        property('/api/v1/decisions', 'post', 'document_number').minLength,
        property('/api/v1/decisions', 'post', 'document_number').maxLength,
        property('/api/v1/decisions', 'post', 'document_date').format,
      ],
      [1, 100, 'date'],
    );
    assert.match(
      JSON.stringify(property('/api/v1/assignments/{id}/submission', 'post', 'scores')),
      /"minimum":0/,
    );
    assert.ok(property('/api/v1/panel/applications/{id}/presentation', 'put', 'starts_at').pattern);
    assert.equal(property('/api/v1/panel/applications/{id}/consensus', 'put', 'comment').minLength, 1);
    assert.equal(property('/api/v1/registrations/{id}', 'put', 'name').maxLength, 200);
    assert.equal(property('/api/v1/registrations/{id}', 'put', 'description_pl').maxLength, 5000);
    assert.match(
      JSON.stringify(property('/api/v1/registrations/questionnaire', 'post', 'answers')),
      /"maximum":1000000/,
    );
    assert.equal(property('/api/v1/applications/{id}', 'patch', 'answers', 'contactPhone').maxLength, 80);
    assert.match(
      String(property('/api/v1/applications/{id}', 'patch', 'answers', 'contactPhone').description),
      /40/,
    );
    assert.equal(property('/api/v1/clusters/{slug}/members', 'post', 'name').maxLength, 300);
  });

  it('says how staff get a token: 2FA set up in the pages, then a TOTP code, ±1 step, each code once', async () => {
    const route = document.paths['/api/v1/auth/tokens']?.post?.description ?? '';
    for (const text of [document.info.description, route]) {
      assert.match(text, /\/konto\/2fa/);
      assert.match(text, /±1 time step/);
      assert.match(text, /only once/);
      assert.match(text, /totp/);
    }
    assert.match(document.info.description, /Accept-Language/);
    const page = await anonymous('/api/docs');
    assert.match(page.body, /<p[^>]*>Authentication: send/, 'a paragraph of its own on the docs page');
  });
});
