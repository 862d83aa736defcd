import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';
import type { Visitor } from '../../../../test/visitor.ts';
import { addDraftMembers, completeForm } from './testing.ts';

const PASSING = {
  agreement: true,
  coordinator_legal_person: true,
  members_total: 12,
  members_enterprises: 8,
  members_research: 2,
  management_staff: true,
  website: true,
};

/** The complete form in the API's snake_case names. */
function wireForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const form = Object.fromEntries(
    Object.entries(completeForm()).map(([field, value]) => [
      field.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`),
      value,
    ]),
  );
  return { ...form, slug: 'klaster-api', name: 'Klaster API', ...overrides };
}

async function tokenFor(app: FastifyInstance, email: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/tokens',
    payload: { email, password: 'bardzo-dlugie-haslo', name: 'skrypt' },
  });
  assert.equal(response.statusCode, 201);
  return (response.json() as { token: string }).token;
}

describe('the registration workflow through the API', () => {
  let portal: TestApp;
  let token: string;
  let operator: Visitor;
  let operatorCsrf: string;
  let id = 0;

  before(async () => {
    portal = await testApp({ data: 'none' });
    await signedInPerson(portal.app, [], { email: 'skrypt@example.pl' });
    token = await tokenFor(portal.app, 'skrypt@example.pl');
    operator = (await signedInPerson(portal.app, ['operator'])).visitor;
    await operator.get('/admin/zgloszenia');
    operatorCsrf = operator.csrf();
  });
  after(() => portal.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, auth: string = token) =>
    portal.app.inject({
      method,
      url,
      payload: payload as object,
      headers: { authorization: `Bearer ${auth}` },
    });
  const asOperator = (url: string, payload: unknown) =>
    portal.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { ...operator.cookieHeader(), 'x-csrf-token': operatorCsrf },
    });

  it('documents every write route in the OpenAPI document', async () => {
    const document = (await portal.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    assert.ok(document.paths['/api/v1/registrations/questionnaire']?.post);
    assert.ok(document.paths['/api/v1/registrations/{id}']?.get);
    assert.ok(document.paths['/api/v1/registrations/{id}']?.put);
    for (const step of ['submit', 'approve', 'return', 'reject'])
      assert.ok(document.paths[`/api/v1/registrations/{id}/${step}`]?.post, step);
  });

  it('answers a failing questionnaire with the reasons and creates nothing', async () => {
    const response = await call('POST', '/api/v1/registrations/questionnaire', {
      name: 'Klaster API',
      answers: { ...PASSING, members_total: 4, agreement: false },
    });
    assert.equal(response.statusCode, 200);
    const body = response.json() as {
      passed: boolean;
      unmet: { code: string; reason: string; message: string }[];
    };
    assert.equal(body.passed, false);
    assert.deepEqual(
      body.unmet.map((item) => [item.code, item.reason]),
      [
        ['agreement', 'answeredNo'],
        ['members_total', 'belowMinimum'],
      ],
    );
    assert.match(body.unmet[1]?.message ?? '', /podano 4, wymagane co najmniej 10/);
    assert.equal((await portal.app.db.selectFrom('clusters').select('id').execute()).length, 0);
    const missing = await call('POST', '/api/v1/registrations/questionnaire', {
      name: 'X',
      answers: { agreement: true },
    });
    assert.equal(missing.statusCode, 400);
    assert.ok(
      (missing.json() as { error: { fields: Record<string, string> } }).error.fields['answers.website'],
    );
  });

  it('creates a draft on a passing questionnaire, saves it, refuses a bad NIP on submission, and submits it', async () => {
    const started = await call('POST', '/api/v1/registrations/questionnaire', {
      name: 'Klaster API',
      answers: PASSING,
    });
    assert.equal(started.statusCode, 201);
    const registration = (started.json() as { registration: { id: number; status: string; slug: string } })
      .registration;
    assert.equal(registration.status, 'draft');
    assert.equal(registration.slug, 'klaster-api');
    id = registration.id;
    await addDraftMembers(portal.app, '/moje-klastry/klaster-api');

    const partial = await call('PUT', `/api/v1/registrations/${id}`, {
      description_pl: '<img src=x onerror=alert(1)>',
    });
    assert.equal(partial.statusCode, 200);
    assert.equal(
      (partial.json() as { form: { description_pl: string } }).form.description_pl,
      '<img src=x onerror=alert(1)>',
    );

    const reserved = await call('PUT', `/api/v1/registrations/${id}`, { slug: 'mapa' });
    assert.equal(reserved.statusCode, 400);
    assert.match(
      (reserved.json() as { error: { fields: { slug: string } } }).error.fields.slug,
      /używa strona portalu/,
    );

    const saved = await call(
      'PUT',
      `/api/v1/registrations/${id}`,
      wireForm({ coordinator_nip: '1234563219' }),
    );
    assert.equal(saved.statusCode, 400, 'a NIP with a wrong checksum is refused even in a draft');
    const good = await call('PUT', `/api/v1/registrations/${id}`, wireForm({ email: '' }));
    assert.equal(good.statusCode, 200);
    const incomplete = await call('POST', `/api/v1/registrations/${id}/submit`);
    assert.equal(incomplete.statusCode, 400);
    assert.ok((incomplete.json() as { error: { fields: Record<string, string> } }).error.fields.email);
    assert.equal((await call('GET', `/api/v1/registrations/${id}`)).json().status, 'draft');

    await call('PUT', `/api/v1/registrations/${id}`, { email: 'api@example.pl' });
    const submitted = await call('POST', `/api/v1/registrations/${id}/submit`);
    assert.equal(submitted.statusCode, 200);
    assert.equal((submitted.json() as { status: string }).status, 'submitted');
    assert.equal((await call('PUT', `/api/v1/registrations/${id}`, { phone: '123456789' })).statusCode, 409);
  });

  it('leaves the decisions to operators and needs a comment to return', async () => {
    assert.equal((await call('POST', `/api/v1/registrations/${id}/approve`, {})).statusCode, 403);
    assert.equal(
      (await portal.app.inject({ url: '/api/v1/clusters/klaster-api' })).statusCode,
      404,
      'not public before approval',
    );
    const bare = await asOperator(`/api/v1/registrations/${id}/return`, {});
    assert.equal(bare.statusCode, 400);
    const returned = await asOperator(`/api/v1/registrations/${id}/return`, { comment: 'Dodaj KIS.' });
    assert.equal(returned.statusCode, 200);
    assert.equal((returned.json() as { status: string }).status, 'returned');
    const mine = (await call('GET', `/api/v1/registrations/${id}`)).json() as {
      decisions: { decision: string; comment: string }[];
    };
    assert.deepEqual(
      mine.decisions.map((d) => [d.decision, d.comment]),
      [['returned', 'Dodaj KIS.']],
    );
    assert.equal((await call('POST', `/api/v1/registrations/${id}/submit`)).statusCode, 200);
    const approved = await asOperator(`/api/v1/registrations/${id}/approve`, {});
    assert.equal(approved.statusCode, 200);
    assert.equal(
      (approved.json() as { status: string; links: { profile: string } }).links.profile,
      'http://localhost:3000/klastry/klaster-api',
    );
    const publicProfile = await portal.app.inject({ url: '/api/v1/clusters/klaster-api' });
    assert.equal(publicProfile.statusCode, 200);
    assert.equal((publicProfile.json() as { name: string }).name, 'Klaster API');
    assert.equal(
      (await asOperator(`/api/v1/registrations/${id}/reject`, { comment: 'Za późno' })).statusCode,
      409,
    );
  });

  it('keeps other people out of someone else’s registration', async () => {
    await signedInPerson(portal.app, [], { email: 'obcy@example.pl' });
    const stranger = await tokenFor(portal.app, 'obcy@example.pl');
    assert.equal((await call('GET', `/api/v1/registrations/${id}`, undefined, stranger)).statusCode, 403);
    assert.equal(
      (await call('PUT', `/api/v1/registrations/${id}`, { phone: '1' }, stranger)).statusCode,
      403,
    );
    assert.equal((await portal.app.inject({ url: `/api/v1/registrations/${id}` })).statusCode, 401);
    assert.equal((await call('GET', '/api/v1/registrations/999999')).statusCode, 404);
  });

  it('asks the operator to choose per differing field when the coordinator is a known organisation', async () => {
    await portal.app.db
      .insertInto('organisations')
      .values({
        name: 'Stara Nazwa Sp. z o.o.',
        nip: '9512345675',
        city: 'Radom',
        createdAt: new Date().toISOString(),
      })
      .execute();
    const started = await call('POST', '/api/v1/registrations/questionnaire', {
      name: 'Klaster Znany',
      answers: PASSING,
    });
    const known = (started.json() as { registration: { id: number } }).registration.id;
    await addDraftMembers(portal.app, '/moje-klastry/klaster-znany');
    const form = wireForm({
      slug: 'klaster-znany',
      name: 'Klaster Znany',
      coordinator_name: 'Nowa Nazwa Sp. z o.o.',
      coordinator_nip: '9512345675',
      coordinator_regon: '951234569',
      coordinator_krs: '',
      coordinator_city: 'Kielce',
    });
    assert.equal((await call('PUT', `/api/v1/registrations/${known}`, form)).statusCode, 200);
    assert.equal((await call('POST', `/api/v1/registrations/${known}/submit`)).statusCode, 200);
    const unchosen = await asOperator(`/api/v1/registrations/${known}/approve`, {});
    assert.equal(unchosen.statusCode, 400, unchosen.body);
    assert.deepEqual(Object.keys((unchosen.json() as { error: { fields: object } }).error.fields).sort(), [
      'coordinator_choices.city',
      'coordinator_choices.name',
    ]);
    const approved = await asOperator(`/api/v1/registrations/${known}/approve`, {
      coordinator_choices: { name: 'typed', city: 'stored' },
    });
    assert.equal(approved.statusCode, 200, approved.body);
    const organisation = await portal.app.db
      .selectFrom('organisations')
      .select(['name', 'city', 'regon', 'legalForm'])
      .where('nip', '=', '9512345675')
      .executeTakeFirstOrThrow();
    assert.deepEqual(organisation, {
      name: 'Nowa Nazwa Sp. z o.o.',
      city: 'Radom',
      regon: '951234569',
      legalForm: 'fundacja',
    });
  });
});
