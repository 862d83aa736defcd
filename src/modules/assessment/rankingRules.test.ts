import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { DomainError } from '../../platform/domainError.ts';
import { movableClock } from '../competition/testing.ts';
import { rankingConfirmer } from './rankingConfirmer.ts';
import { json, roundInAssessment } from './testing.ts';

/** Issue 11, item 7: no confirmed ranking while the call is open or applications wait; no decision before it. */
describe('confirming a ranking', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let portal: TestApp;

  before(async () => {
    portal = await testApp({ data: 'reference', clock: time.clock });
  });
  after(async () => portal.close());

  it('needs the call closed and every admitted application assessed or excluded; decisions need it confirmed', async () => {
    const { roundId, operator, applications } = await roundInAssessment(portal.app, time.clock, time.set);
    const [first, second] = applications;

    const whileOpen = await commandAs(
      { db: portal.app.db, actorId: operator.userId, now: new Date('2026-12-10T10:00:00.000Z') },
      rankingConfirmer,
      { roundId },
    ).then(
      () => null,
      (error: unknown) => error,
    );
    assert.ok(whileOpen instanceof DomainError, 'refused while the call is open');
    assert.equal(whileOpen.code, 'round_not_closed');

    const ranking = json<{ provisional: boolean; confirmed_at: string | null }>(
      await operator.get(`/api/v1/rounds/${roundId}/ranking`),
    );
    assert.equal(ranking.provisional, true, 'operators see the provisional ranking, marked as such');
    assert.equal(ranking.confirmed_at, null);

    const early = await operator.send('POST', `/api/v1/rounds/${roundId}/ranking/confirmation`);
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json().error.code, 'ranking_incomplete');
    assert.deepEqual(Object.keys(early.json().error.fields).sort(), [
      `applications.${first.applicationId}`,
      `applications.${second.applicationId}`,
    ]);
    const page = await portal.app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${roundId}/ranking`,
      headers: { authorization: `Bearer ${operator.token}` },
    });
    assert.equal(page.json().provisional, true, 'a refused confirmation confirms nothing');

    const decision = await operator.send('POST', '/api/v1/decisions', {
      application_id: first.applicationId,
      outcome: 'refused',
      document_number: 'DIN-1',
      document_date: '2027-02-01',
    });
    assert.equal(decision.statusCode, 409);
    assert.equal(decision.json().error.code, 'ranking_not_confirmed');

    const noReason = await operator.send(
      'POST',
      `/api/v1/applications/${first.applicationId}/ranking-exclusion`,
      {
        reason: '',
      },
    );
    assert.equal(noReason.statusCode, 400);
    for (const { applicationId } of applications)
      assert.equal(
        (
          await operator.send('POST', `/api/v1/applications/${applicationId}/ranking-exclusion`, {
            reason: 'Klaster wycofał zgodę członków; wyłączony decyzją komisji.',
          })
        ).statusCode,
        204,
      );
    json(await operator.send('POST', `/api/v1/rounds/${roundId}/ranking/confirmation`));
    const confirmed = json<{ provisional: boolean; confirmed_at: string | null }>(
      await operator.get(`/api/v1/rounds/${roundId}/ranking`),
    );
    assert.equal(confirmed.provisional, false);
    assert.equal(confirmed.confirmed_at, time.clock.now().toISOString());
    const audited = await portal.app.db
      .selectFrom('auditEvents')
      .select('action')
      .where('action', 'in', ['assessment.ranking.excluded', 'assessment.ranking.round_confirmed'])
      .execute();
    assert.equal(audited.length, 3);
  });
});
