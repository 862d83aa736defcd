import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { apiTokenCreator } from '../../accounts/apiTokens.ts';
import { clusterWithOwner } from '../team/testing.ts';
import { nip } from './testing.ts';

describe('the member list and the confirmation through the API', () => {
  let portal: TestApp;
  let slug: string;
  let other: string;
  let auth: { authorization: string };

  before(async () => {
    portal = await testApp({ data: 'reference' });
    const cluster = await clusterWithOwner(portal.app, { name: 'Klaster Skryptowy', status: 'draft' });
    slug = cluster.slug;
    other = (await clusterWithOwner(portal.app, { name: 'Klaster Cudzy' })).slug;
    const token = await apiTokenCreator(portal.app.db, {
      userId: cluster.owner.id,
      name: 'skrypt',
      now: new Date(),
      twoFactorProven: false,
    });
    auth = { authorization: `Bearer ${token.token}` };
  });
  after(() => portal.close());

  it('adds a member, refuses an invalid NIP with a field message, and lists the members', async () => {
    const bad = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${slug}/members`,
      headers: auth,
      payload: { name: 'Firma API', type: 'enterprise', size: 'small', nip: '1234563219' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'validation_failed');
    assert.ok(bad.json().error.fields.nip);

    const added = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${slug}/members`,
      headers: auth,
      payload: { name: 'Firma API', type: 'enterprise', size: 'small', nip: nip(730001), voivodeship: '14' },
    });
    assert.equal(added.statusCode, 201);
    assert.deepEqual(added.json(), { status: 'applied' });
    const list = await portal.app.inject({ url: `/api/v1/clusters/${slug}/members`, headers: auth });
    assert.deepEqual(
      list.json().items.map((m: { name: string }) => m.name),
      ['Firma API'],
    );
  });

  it('confirms the data, and refuses another cluster with 403', async () => {
    const confirmed = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${slug}/confirmation`,
      headers: auth,
    });
    assert.equal(confirmed.statusCode, 200);
    assert.match(confirmed.json().confirmedAt, /^\d{4}-\d{2}-\d{2}T/);
    const foreign = await portal.app.inject({ url: `/api/v1/clusters/${other}/members`, headers: auth });
    assert.equal(foreign.statusCode, 403);
    const paths = (await portal.app.inject({ url: '/api/v1/openapi.json' })).json().paths;
    assert.ok(paths['/api/v1/clusters/{slug}/members'].post);
    assert.ok(paths['/api/v1/clusters/{slug}/confirmation'].post);
    assert.ok(paths['/api/v1/clusters/{slug}/team'].post);
  });

  it('lets the owner add an editor by e-mail and list the team', async () => {
    const invited = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${slug}/team`,
      headers: auth,
      payload: { email: 'redaktor.api@example.pl' },
    });
    assert.equal(invited.statusCode, 201);
    assert.deepEqual(invited.json(), { outcome: 'invited' });
    const bad = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${slug}/team`,
      headers: auth,
      payload: { email: 'x' },
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.email);
    const team = await portal.app.inject({ url: `/api/v1/clusters/${slug}/team`, headers: auth });
    assert.deepEqual(
      team.json().items.map((m: { role: string }) => m.role),
      ['owner'],
    );
    const foreign = await portal.app.inject({ url: `/api/v1/clusters/${other}/team`, headers: auth });
    assert.equal(foreign.statusCode, 403);
  });
});
