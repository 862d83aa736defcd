// Used by the tests only: experts and operators with API tokens, JSON calls, a round with applications.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { apiTokenCreator } from '../accounts/apiTokens.ts';
import { FORM_FIELDS } from '../competition/applicationForm.ts';
import { applicationStarter } from '../competition/applicationStarter.ts';
import { applicationSubmitter } from '../competition/applicationSubmitter.ts';
import { attachmentStore } from '../competition/attachmentStore.ts';
import { attachmentUploader } from '../competition/attachmentUploader.ts';
import { draftSaver } from '../competition/draftSaver.ts';
import { formalDecider } from '../competition/formalDecider.ts';
import { COMPLETE_ANSWERS, clusterWithTeam, PDF, person, publishedRound } from '../competition/testing.ts';

export interface ApiCaller {
  userId: number;
  email: string;
  token: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

/**
 * A person with the roles given and an API token; operators and experts have two-step verification on,
 * as their roles require.
 */
export async function apiPerson(
  app: FastifyInstance,
  clock: Clock,
  roles: string[],
  name?: string,
): Promise<ApiCaller> {
  const user = await person(app.db, clock, roles);
  if (name) await app.db.updateTable('users').set({ name }).where('id', '=', user.id).execute();
  if (roles.some((role) => ['expert', 'operator', 'admin'].includes(role))) {
    await app.db
      .updateTable('users')
      .set({ totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: clock.now().toISOString() })
      .where('id', '=', user.id)
      .execute();
  }
  const { token } = await apiTokenCreator(app.db, { userId: user.id, name: 'testy', now: clock.now() });
  const headers = { authorization: `Bearer ${token}` };
  return {
    userId: user.id,
    email: user.email,
    token,
    get: (url) => app.inject({ method: 'GET', url, headers }),
    send: (method, url, body) =>
      app.inject({
        method,
        url,
        headers,
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse, status = 200): T {
  assert.equal(response.statusCode, status, response.body);
  return JSON.parse(response.body) as T;
}

/** A submitted application of a new cluster (its team: a coordinator), in a round open at `clock`. */
export async function submittedApplication(
  app: FastifyInstance,
  clock: Clock,
  roundId: number,
  coordinatorId: number,
) {
  const db = app.db;
  const cluster = await clusterWithTeam(db, coordinatorId, 6);
  const command = {
    db,
    actorId: coordinatorId,
    now: clock.now(),
    locale: 'pl' as const,
    baseUrl: 'http://localhost:3000',
    store: attachmentStore(app.config.dataDir),
  };
  const { id } = await applicationStarter(command, { roundId, clusterId: cluster.id });
  await draftSaver(command, { applicationId: id, fields: FORM_FIELDS, input: COMPLETE_ANSWERS });
  for (const code of ['agreement', 'strategy', 'members']) {
    await attachmentUploader(command, { applicationId: id, code, fileName: `${code}.pdf`, data: PDF });
  }
  await applicationSubmitter(command, id);
  return { applicationId: id, clusterId: cluster.id };
}

/** The operator's formal decision, through the competition's own use case. */
export async function formallyDecide(
  db: Kysely<Database>,
  clock: Clock,
  operatorId: number,
  applicationId: number,
  decision: 'accepted' | 'rejected',
) {
  await formalDecider(
    { db, actorId: operatorId, now: clock.now(), locale: 'pl', baseUrl: 'http://localhost:3000' },
    applicationId,
    {
      decision,
      confirmed: [],
      comment: decision === 'rejected' ? 'Brak wymaganych załączników.' : '',
      correctionFields: [],
      correctionAttachments: [],
    },
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
  const db = app.db;
  const roundId = await publishedRound(db, clock.now(), {
    opensAt: '2026-12-01T08:00:00.000Z',
    closesAt: '2026-12-15T15:00:00.000Z',
    assessmentDueAt: '2027-01-15T15:00:00.000Z',
  });
  const operator = await apiPerson(app, clock, ['operator'], 'Olga Operatorka');
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
  const first = await submittedApplication(app, clock, roundId, coordinators[0].userId);
  const second = await submittedApplication(app, clock, roundId, coordinators[1].userId);
  move('2026-12-20T10:00:00.000Z');
  for (const application of [first, second]) {
    await formallyDecide(db, clock, operator.userId, application.applicationId, 'accepted');
  }
  json(await operator.send('POST', `/api/v1/rounds/${roundId}/assignments/auto`));
  return { roundId, operator, experts, coordinators, applications: [first, second] as const };
}
