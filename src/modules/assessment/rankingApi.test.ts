import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import type { ApiCaller } from '../../../test/factories.ts';
import { movableClock } from '../competition/testing.ts';
import { json, roundInAssessment, sheet } from './testing.ts';

type RankingPage = { total: number; page: number; per_page: number; items: { application_id: number }[] };

/** The operator's ranking over the API, kept as sent between changes, and sent anew after one. */
describe('the ranking API', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let portal: TestApp;
  let operator: ApiCaller;
  let roundId: number;
  let lower: number;
  let higher: number;

  const order = async (query = '') =>
    json<RankingPage>(await operator.get(`/api/v1/rounds/${roundId}/ranking${query}`)).items.map(
      (row) => row.application_id,
    );

  before(async () => {
    portal = await testApp({ data: 'none', clock: time.clock });
    const round = await roundInAssessment(portal.app, time.clock, time.set);
    ({ operator, roundId } = round);
    [lower, higher] = round.applications.map((application) => application.applicationId) as [number, number];
    const points = new Map([
      [lower, [13, 13, 13, 13, 13]],
      [higher, [16, 16, 16, 16, 16]],
    ]);
    for (const expert of round.experts) {
      const tasks = json<{ items: { id: number; application_id: number }[] }>(
        await expert.get('/api/v1/assignments'),
      ).items;
      for (const task of tasks) {
        json(
          await expert.send('POST', `/api/v1/assignments/${task.id}/declaration`, {
            conflict: false,
            confidentiality: true,
          }),
        );
        json(
          await expert.send(
            'POST',
            `/api/v1/assignments/${task.id}/submission`,
            sheet(points.get(task.application_id) ?? []),
          ),
        );
      }
    }
  });
  after(async () => portal?.close());

  it('answers a repeated request the same, and the new order right after a change', async () => {
    assert.deepEqual(await order(), [higher, lower], 'both at the panel, none ranked yet: by stage-1 total');
    const first = await operator.get(`/api/v1/rounds/${roundId}/ranking`);
    const again = await operator.get(`/api/v1/rounds/${roundId}/ranking`);
    assert.equal(again.body, first.body);
    assert.equal(again.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(again.headers.etag, first.headers.etag);

    const consensus = { points: { Z2: 8, E2: 8, W2: 8, P2: 8, K2: 8 }, comment: 'Przekonująca prezentacja.' };
    const recorded = await operator.send('PUT', `/api/v1/panel/applications/${lower}/consensus`, consensus);
    assert.equal(recorded.statusCode, 204, recorded.body);

    assert.deepEqual(await order(), [lower, higher], 'the consensus ranks the lower one first');
    assert.notEqual(
      (await operator.get(`/api/v1/rounds/${roundId}/ranking`)).headers.etag,
      first.headers.etag,
    );
  });

  it('keeps each page apart', async () => {
    const [top, next] = await order();
    assert.deepEqual(await order('?page=1&per_page=1'), [top]);
    assert.deepEqual(await order('?page=2&per_page=1'), [next]);
    const page = json<RankingPage>(await operator.get(`/api/v1/rounds/${roundId}/ranking?page=2&per_page=1`));
    assert.deepEqual([page.total, page.page, page.per_page], [2, 2, 1]);
  });

  it('answers 304 to a client holding the current page', async () => {
    const current = await operator.get(`/api/v1/rounds/${roundId}/ranking`);
    const revalidated = await portal.app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${roundId}/ranking`,
      headers: { authorization: `Bearer ${operator.token}`, 'if-none-match': String(current.headers.etag) },
    });
    assert.equal(revalidated.statusCode, 304);
  });

  it('refuses a round that does not exist, and a revoked token at once', async () => {
    assert.equal((await operator.get('/api/v1/rounds/999999/ranking')).statusCode, 404);
    await portal.app.db
      .updateTable('apiTokens')
      .set({ revokedAt: time.clock.now().toISOString() })
      .where('userId', '=', operator.userId)
      .execute();
    assert.equal((await operator.get(`/api/v1/rounds/${roundId}/ranking`)).statusCode, 401);
  });
});
