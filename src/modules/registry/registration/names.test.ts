import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';

const PASSING = {
  agreement: true,
  coordinator_legal_person: true,
  members_total: 12,
  members_enterprises: 8,
  members_research: 2,
  management_staff: true,
  website: true,
};

// Issue 11, item 15: a cluster's name follows the rule every other name field follows — no < or >.
describe('names of clusters in a registration', () => {
  let portal: TestApp;
  let token: string;

  before(async () => {
    portal = await testApp({ data: 'none' });
    await signedInPerson(portal.app, [], { email: 'nazwy@example.pl' });
    const created = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { email: 'nazwy@example.pl', password: 'bardzo-dlugie-haslo', name: 'skrypt' },
    });
    token = (created.json() as { token: string }).token;
  });
  after(() => portal.close());

  const call = (method: 'POST' | 'PUT', url: string, payload: unknown) =>
    portal.app.inject({
      method,
      url,
      payload: payload as object,
      headers: { authorization: `Bearer ${token}` },
    });

  it('refuses a name with < or > when the registration starts, and creates nothing', async () => {
    const refused = await call('POST', '/api/v1/registrations/questionnaire', {
      name: 'Klaster <script>',
      answers: PASSING,
    });
    assert.equal(refused.statusCode, 400);
    const error = (refused.json() as { error: { code: string; fields: Record<string, string> } }).error;
    assert.equal(error.code, 'validation_failed');
    assert.match(error.fields.name ?? '', /< ani >/);
    assert.equal((await portal.app.db.selectFrom('clusters').select('id').execute()).length, 0);
  });

  it('refuses a coordinator or cluster name with markup in a draft, under the request’s own field names', async () => {
    const started = await call('POST', '/api/v1/registrations/questionnaire', {
      name: 'Klaster Nazw',
      answers: PASSING,
    });
    assert.equal(started.statusCode, 201);
    const id = (started.json() as { registration: { id: number } }).registration.id;
    const refused = await call('PUT', `/api/v1/registrations/${id}`, {
      name: 'Klaster <b>Nazw</b>',
      coordinator_name: 'Firma > Inna',
    });
    assert.equal(refused.statusCode, 400);
    const fields = (refused.json() as { error: { fields: Record<string, string> } }).error.fields;
    assert.deepEqual(Object.keys(fields).sort(), ['coordinator_name', 'name']);
    const cluster = await portal.app.db
      .selectFrom('clusters')
      .select('name')
      .where('id', '=', id)
      .executeTakeFirst();
    assert.equal(cluster?.name, 'Klaster Nazw', 'nothing was saved');
  });
});
