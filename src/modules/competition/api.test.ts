import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type TestApp, testApp } from '../../../test/app.ts';
import { clusterWithTeam, person } from '../../../test/factories.ts';
import { apiTokenCreator } from '../accounts/apiTokens.ts';
import { COMPLETE_ANSWERS, movableClock, PDF, PNG } from './testing.ts';

async function tokenOf(app: FastifyInstance, userId: number, now: Date, privileged = false) {
  if (privileged)
    await app.db
      .updateTable('users')
      .set({ totpEnabledAt: now.toISOString() })
      .where('id', '=', userId)
      .execute();
  return (await apiTokenCreator(app.db, { userId, name: 'test', now, twoFactorProven: true })).token;
}

describe('competition API', () => {
  let portal: TestApp;
  const time = movableClock('2026-11-20T10:00:00.000Z');
  const call = (
    token: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
    contentType = 'application/json',
  ) =>
    portal.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        ...(payload === undefined ? {} : { 'content-type': contentType }),
      },
      payload:
        payload === undefined ? undefined : Buffer.isBuffer(payload) ? payload : JSON.stringify(payload),
    });

  before(async () => {
    portal = await testApp({
      data: 'reference',
      clock: time.clock,
      env: { DATA_DIR: `/tmp/portal-competition-api-${process.pid}` },
    });
  });
  after(async () => portal.close());

  it('run a round from creation to the formal check, with field errors and the clock deciding', async () => {
    const operator = await person(portal.app.db, time.clock, ['operator']);
    const operatorToken = await tokenOf(portal.app, operator.id, time.clock.now(), true);
    const round = {
      programme_id: 1,
      number: 42,
      name_pl: 'Nabór API',
      name_en: 'API call',
      opens_at: '2026-12-01T08:00:00Z',
      closes_at: '2026-12-15T15:00:00Z',
      template: 'LATEST_ROUND_RULES',
    };
    const badRules = await call(operatorToken, 'POST', '/api/v1/rounds', {
      ...round,
      rules: { thresholds: 'x' },
    });
    assert.equal(badRules.statusCode, 400);
    assert.ok(Object.keys(badRules.json().error.fields).some((f: string) => f.startsWith('rules/')));
    const created = await call(operatorToken, 'POST', '/api/v1/rounds', round);
    assert.equal(created.statusCode, 201, created.body);
    const roundId = created.json().id as number;
    assert.equal(created.json().rules.thresholds.final, 100);
    const rules = created.json().rules;
    rules.eligibility.minMembers = 5;
    rules.eligibility.minYearsOperating = 1;
    assert.equal(
      (await call(operatorToken, 'PUT', `/api/v1/rounds/${roundId}`, { ...round, rules })).statusCode,
      200,
    );
    assert.equal(
      (await call(operatorToken, 'POST', `/api/v1/rounds/${roundId}/publish`)).json().published,
      true,
    );

    const coordinator = await person(portal.app.db, time.clock, ['coordinator']);
    const cluster = await clusterWithTeam(portal.app.db, coordinator.id);
    const token = await tokenOf(portal.app, coordinator.id, time.clock.now());
    const early = await call(token, 'POST', '/api/v1/applications', {
      round_id: roundId,
      cluster_id: cluster.id,
    });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().error.code, 'round_not_open');

    time.set('2026-12-01T08:00:00.000Z');
    const frozen = await call(operatorToken, 'PUT', `/api/v1/rounds/${roundId}`, {
      ...round,
      rules: { ...rules, expertsPerApplication: 3 },
    });
    assert.equal(frozen.statusCode, 409);
    assert.equal(frozen.json().error.code, 'rules_frozen');

    const started = await call(token, 'POST', '/api/v1/applications', {
      round_id: roundId,
      cluster_id: cluster.id,
    });
    assert.equal(started.statusCode, 201, started.body);
    const id = started.json().id as number;
    const wrong = await call(token, 'PATCH', `/api/v1/applications/${id}`, {
      answers: { ...COMPLETE_ANSWERS, employment: 'wiele' },
    });
    assert.equal(wrong.statusCode, 200);
    assert.equal(wrong.json().problems.employment, 'integer');
    assert.equal(wrong.json().answers.employment, 'wiele');
    const unknown = await call(token, 'PATCH', `/api/v1/applications/${id}`, { answers: { salary: '1' } });
    assert.equal(unknown.statusCode, 400);
    await call(token, 'PATCH', `/api/v1/applications/${id}`, { answers: COMPLETE_ANSWERS });
    const png = await call(
      token,
      'PUT',
      `/api/v1/applications/${id}/attachments/strategy`,
      PNG,
      'application/pdf',
    );
    assert.equal(png.statusCode, 400);
    assert.ok(png.json().error.fields.strategy);
    const missing = await call(token, 'POST', `/api/v1/applications/${id}/submit`, { declaration: true });
    assert.equal(missing.statusCode, 422);
    assert.equal(Object.keys(missing.json().error.fields).length, 3, 'three attachments missing');
    const oversize = await call(
      token,
      'PUT',
      `/api/v1/applications/${id}/attachments/strategy`,
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
      'application/pdf',
    );
    assert.equal(oversize.statusCode, 413);
    for (const code of ['agreement', 'strategy', 'members'])
      assert.equal(
        (await call(token, 'PUT', `/api/v1/applications/${id}/attachments/${code}`, PDF, 'application/pdf'))
          .statusCode,
        200,
      );

    const stranger = await person(portal.app.db, time.clock, ['coordinator']);
    await clusterWithTeam(portal.app.db, stranger.id);
    const strangerToken = await tokenOf(portal.app, stranger.id, time.clock.now());
    assert.equal((await call(strangerToken, 'GET', `/api/v1/applications/${id}`)).statusCode, 404);
    const own = JSON.parse((await call(token, 'GET', '/api/v1/applications')).body);
    assert.deepEqual(
      own.items.map((item: { id: number; state: string }) => [item.id, item.state]),
      [[id, 'draft']],
    );
    const others = JSON.parse((await call(strangerToken, 'GET', '/api/v1/applications')).body);
    assert.deepEqual(others.items, [], 'another team sees none of them');
    assert.equal(
      (await call(strangerToken, 'POST', `/api/v1/applications/${id}/submit`, { declaration: true }))
        .statusCode,
      404,
    );
    assert.equal(
      (
        await call(strangerToken, 'POST', '/api/v1/applications', {
          round_id: roundId,
          cluster_id: cluster.id,
        })
      ).statusCode,
      404,
    );

    time.set('2026-12-15T15:00:01.000Z');
    const late = await call(token, 'POST', `/api/v1/applications/${id}/submit`, { declaration: true });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().error.code, 'round_closed');
    time.set('2026-12-15T15:00:00.000Z');
    const undeclared = await call(token, 'POST', `/api/v1/applications/${id}/submit`, { declaration: false });
    assert.equal(undeclared.statusCode, 400);
    assert.deepEqual(Object.keys(undeclared.json().error.fields), ['declaration']);
    const receipt = await call(token, 'POST', `/api/v1/applications/${id}/submit`, { declaration: true });
    assert.equal(receipt.statusCode, 200, receipt.body);
    assert.match(receipt.json().receipt_number, /^KKK\/42\/0001$/);

    assert.equal(
      (await call(token, 'POST', `/api/v1/applications/${id}/formal-check`, { decision: 'accepted' }))
        .statusCode,
      403,
    );
    const nonsense = await call(operatorToken, 'POST', `/api/v1/applications/${id}/formal-check`, {
      decision: 'corrections',
      comment: 'Popraw.',
      correction_fields: ['patents'],
      confirmed: ['nonsense-key'],
    });
    assert.equal(nonsense.statusCode, 400, nonsense.body);
    assert.deepEqual(Object.keys(nonsense.json().error.fields), ['confirmed[0]']);
    assert.match(nonsense.json().error.fields['confirmed[0]'], /liście sprawdzającej/);
    const listed = await call(operatorToken, 'GET', `/api/v1/applications/${id}/formal-checks`);
    assert.equal(listed.statusCode, 200, listed.body);
    const keys = listed.json().checklist.map((item: { key: string }) => item.key) as string[];
    assert.ok(keys.includes('attachment:strategy') && keys.includes('complete:employment'), keys.join());
    const partly = await call(operatorToken, 'POST', `/api/v1/applications/${id}/formal-check`, {
      decision: 'accepted',
      confirmed: keys.slice(1),
    });
    assert.equal(partly.statusCode, 400, 'accepting needs every item');
    assert.deepEqual(Object.keys(partly.json().error.fields), ['confirmed']);
    const decided = await call(operatorToken, 'POST', `/api/v1/applications/${id}/formal-check`, {
      confirmed: keys.slice(0, 2),
      decision: 'corrections',
      comment: 'Popraw.',
      correction_fields: ['patents'],
    });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.equal(decided.json().state, 'corrections_requested');
    assert.equal(decided.json().corrections_due_at, '2026-12-22T22:59:59.999Z');
    const history = (await call(operatorToken, 'GET', `/api/v1/applications/${id}/formal-checks`)).json();
    assert.equal(history.checks.length, 1);
    assert.deepEqual(
      history.checks[0].checklist
        .filter((item: { confirmed: boolean }) => item.confirmed)
        .map((item: { key: string }) => item.key),
      keys.slice(0, 2),
      'the confirmed items are listed as the operator ticked them',
    );
    const formalPage = await portal.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}/formal-checks`,
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(formalPage.statusCode, 403, 'the team does not read the operator’s checklist');
    const notAsked = await call(token, 'PATCH', `/api/v1/applications/${id}`, {
      answers: { employment: '5' },
    });
    assert.equal(notAsked.statusCode, 409);
    assert.equal(notAsked.json().error.code, 'field_not_requested');
  });

  it('only extend an open round’s closes_at, with a reason; never move it earlier', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const operator = await person(portal.app.db, time.clock, ['operator']);
    const operatorToken = await tokenOf(portal.app, operator.id, time.clock.now(), true);
    const round = {
      programme_id: 1,
      number: 43,
      name_pl: 'Nabór przedłużany',
      name_en: 'Extended call',
      opens_at: '2026-12-01T08:00:00Z',
      closes_at: '2026-12-15T15:00:00Z',
      template: 'LATEST_ROUND_RULES',
    };
    const id = (await call(operatorToken, 'POST', '/api/v1/rounds', round)).json().id as number;
    await call(operatorToken, 'POST', `/api/v1/rounds/${id}/publish`);
    time.set('2026-12-10T10:00:00.000Z');
    const sooner = await call(operatorToken, 'PUT', `/api/v1/rounds/${id}`, {
      ...round,
      closes_at: '2026-12-10T12:00:00Z',
    });
    assert.equal(sooner.statusCode, 400, sooner.body);
    assert.match(Object.keys(sooner.json().error.fields).join(), /closes_?at/i);
    const unexplained = await call(operatorToken, 'PUT', `/api/v1/rounds/${id}`, {
      ...round,
      closes_at: '2026-12-20T15:00:00Z',
    });
    assert.equal(unexplained.statusCode, 400, 'an extension needs a reason');
    const stored = (await call(operatorToken, 'GET', `/api/v1/rounds/${id}`)).json();
    assert.equal(stored.closes_at, '2026-12-15T15:00:00.000Z', 'the call still closes as announced');
    const extended = await call(operatorToken, 'PUT', `/api/v1/rounds/${id}`, {
      ...round,
      closes_at: '2026-12-20T15:00:00Z',
      closes_at_reason: 'Awaria systemu w ostatnim tygodniu.',
    });
    assert.equal(extended.statusCode, 200, extended.body);
    assert.equal(extended.json().closes_at, '2026-12-20T15:00:00.000Z');
  });

  it('document the competition endpoints in OpenAPI', async () => {
    const document = (await portal.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of [
      '/api/v1/rounds',
      '/api/v1/rounds/{id}/publish',
      '/api/v1/applications/{id}/submit',
      '/api/v1/applications/{id}/formal-check',
      '/api/v1/applications/{id}/formal-checks',
    ])
      assert.ok(document.paths[path], path);
  });

  it('names refused fields as the request does, with one code for every validation error', async () => {
    const operator = await person(portal.app.db, time.clock, ['operator']);
    const token = await tokenOf(portal.app, operator.id, time.clock.now(), true);
    const refused = await call(token, 'POST', '/api/v1/rounds', {
      programme_id: 1,
      number: 77,
      name_pl: 'Nabór',
      name_en: 'Call',
      opens_at: '2026-12-15T15:00:00Z',
      closes_at: '2026-12-01T08:00:00Z',
      template: 'LATEST_ROUND_RULES',
    });
    assert.equal(refused.statusCode, 400);
    const error = refused.json().error as { code: string; fields: Record<string, string> };
    assert.equal(error.code, 'validation_failed');
    assert.ok(error.fields.closes_at, JSON.stringify(error.fields));
    assert.equal(
      Object.keys(error.fields).some((name) => /[A-Z]/.test(name)),
      false,
      'no camelCase keys',
    );
  });
});
