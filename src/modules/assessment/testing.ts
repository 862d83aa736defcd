// Used by the tests only: experts and operators with API tokens, JSON calls, a round with applications.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type ApiCaller, apiPerson, clusterWithTeam } from '../../../test/factories.ts';
import type { Clock } from '../../platform/clock.ts';
import { COMPLETE_ANSWERS, lenientRules, PDF } from '../competition/testing.ts';

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse, status = 200): T {
  assert.equal(response.statusCode, status, response.body);
  return JSON.parse(response.body) as T;
}

let roundNumbers = 0;

/** A round the operator creates and publishes through the API, with the lenient test rules. */
export async function roundThroughApi(
  operator: ApiCaller,
  times: { opensAt: string; closesAt: string; assessmentDueAt: string },
): Promise<number> {
  roundNumbers += 1;
  const round = json<{ id: number }>(
    await operator.send('POST', '/api/v1/rounds', {
      programme_id: 1,
      number: 900 + roundNumbers,
      name_pl: `Nabór oceny ${roundNumbers}`,
      name_en: `Assessment call ${roundNumbers}`,
      opens_at: times.opensAt,
      closes_at: times.closesAt,
      assessment_due_at: times.assessmentDueAt,
      rules: lenientRules(),
    }),
    201,
  );
  json(await operator.send('POST', `/api/v1/rounds/${round.id}/publish`));
  return round.id;
}

/**
 * A submitted application of a new published cluster (the coordinator on its team), made through the
 * API as the coordinator would: a draft, its answers, the required PDFs, the submission.
 */
export async function submittedApplication(app: FastifyInstance, coordinator: ApiCaller, roundId: number) {
  const cluster = await clusterWithTeam(app.db, coordinator.userId, 6);
  const draft = json<{ id: number }>(
    await coordinator.send('POST', '/api/v1/applications', { round_id: roundId, cluster_id: cluster.id }),
    201,
  );
  json(await coordinator.send('PATCH', `/api/v1/applications/${draft.id}`, { answers: COMPLETE_ANSWERS }));
  for (const code of ['agreement', 'strategy', 'members']) {
    const upload = await app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${draft.id}/attachments/${code}`,
      headers: { authorization: `Bearer ${coordinator.token}`, 'content-type': 'application/pdf' },
      payload: PDF,
    });
    assert.ok(upload.statusCode < 300, upload.body);
  }
  json(await coordinator.send('POST', `/api/v1/applications/${draft.id}/submit`, { declaration: true }));
  return { applicationId: draft.id, clusterId: cluster.id };
}

/** The operator's formal decision through the API. */
export async function formallyDecide(
  operator: ApiCaller,
  applicationId: number,
  decision: 'accepted' | 'rejected',
) {
  const { checklist } = json<{ checklist: { key: string }[] }>(
    await operator.get(`/api/v1/applications/${applicationId}/formal-checks`),
  );
  json(
    await operator.send('POST', `/api/v1/applications/${applicationId}/formal-check`, {
      decision,
      confirmed: checklist.map((item) => item.key),
      ...(decision === 'rejected' ? { comment: 'Brak wymaganych załączników.' } : {}),
    }),
  );
}

export const JUSTIFICATION =
  'Uzasadnienie oceny: wniosek opisuje zasoby, potencjał gospodarczy i współpracę członków klastra w sposób wyczerpujący i spójny z danymi.';

/** A score sheet giving each stage-1 criterion (Z1 E1 W1 P1 K1 of the latest rules) the points given. */
export function sheet(points: readonly number[], codes = ['Z1', 'E1', 'W1', 'P1', 'K1']) {
  return {
    scores: codes.map((criterion, index) => ({
      criterion,
      points: points[index] ?? 0,
      justification: JUSTIFICATION,
    })),
  };
}

/**
 * A round in assessment: an operator and three experts with API tokens, two coordinators whose
 * applications are formally accepted, and the experts assigned automatically (two per application).
 */
export async function roundInAssessment(app: FastifyInstance, clock: Clock, move: (at: string) => void) {
  const operator = await apiPerson(app, clock, ['operator'], 'Olga Operatorka');
  const roundId = await roundThroughApi(operator, {
    opensAt: '2026-12-01T08:00:00.000Z',
    closesAt: '2026-12-15T15:00:00.000Z',
    assessmentDueAt: '2027-01-15T15:00:00.000Z',
  });
  const experts = [
    await apiPerson(app, clock, ['expert'], 'Ewa Ekspertka'),
    await apiPerson(app, clock, ['expert'], 'Feliks Fachowiec'),
    await apiPerson(app, clock, ['expert'], 'Gustaw Góral'),
  ] as const;
  const coordinators = [
    await apiPerson(app, clock, ['coordinator']),
    await apiPerson(app, clock, ['coordinator']),
  ] as const;
  move('2026-12-02T09:00:00.000Z');
  const first = await submittedApplication(app, coordinators[0], roundId);
  const second = await submittedApplication(app, coordinators[1], roundId);
  move('2026-12-20T10:00:00.000Z');
  for (const application of [first, second]) {
    await formallyDecide(operator, application.applicationId, 'accepted');
  }
  json(await operator.send('POST', `/api/v1/rounds/${roundId}/assignments/auto`));
  return { roundId, operator, experts, coordinators, applications: [first, second] as const };
}
