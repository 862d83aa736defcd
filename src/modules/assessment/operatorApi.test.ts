import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { type ApiCaller, apiPerson, person } from '../../../test/factories.ts';
import { movableClock } from '../competition/testing.ts';
import { json, roundInAssessment, sheet } from './testing.ts';

type Task = { id: number; application_id: number; state: string };
type Expert = {
  expert_id: number;
  can_act: boolean;
  blocked_by: string[];
  open_tasks: number;
  round_tasks: Record<string, number>;
  conflicts: { application_id: number; reason: string }[];
};

/** What an operator sees of a round through the API: its applications, experts and appeals. */
describe('the operator’s round overview API', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let portal: TestApp;
  let round: Awaited<ReturnType<typeof roundInAssessment>>;
  let operator: ApiCaller;
  let linked: ApiCaller;
  let withoutTwoFactor: number;
  let first: number;
  let second: number;

  const tasksOf = async (expert: ApiCaller) =>
    json<{ items: Task[] }>(await expert.get('/api/v1/assignments')).items;

  before(async () => {
    portal = await testApp({ data: 'none', clock: time.clock });
    round = await roundInAssessment(portal.app, time.clock, time.set);
    operator = round.operator;
    [first, second] = round.applications.map((a) => a.applicationId) as [number, number];
    withoutTwoFactor = (await person(portal.app.db, time.clock, ['expert'])).id;
    linked = await apiPerson(portal.app, time.clock, ['expert'], 'Łucja Związana');
    json(
      await linked.send('POST', '/api/v1/expert/interests', { cluster_id: round.applications[0].clusterId }),
      201,
    );
  });
  after(() => portal.close());

  it('lists a round’s applications by state, a page at a time', async () => {
    const all = json<{ total: number; by_state: Record<string, number>; items: { id: number }[] }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/applications`),
    );
    assert.equal(all.total, 2);
    assert.deepEqual(
      all.items.map((item) => item.id),
      [first, second],
    );
    assert.deepEqual(all.by_state, { in_assessment: 2 });
    const filtered = json<{ total: number }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/applications?state=in_assessment&state=panel`),
    );
    assert.equal(filtered.total, 2);
    const drafts = json<{ total: number; items: unknown[] }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/applications?state=draft`),
    );
    assert.deepEqual([drafts.total, drafts.items.length], [0, 0]);
    const secondPage = json<{ total: number; page: number; items: { id: number; cluster_slug: string }[] }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/applications?per_page=1&page=2`),
    );
    assert.deepEqual(
      [secondPage.total, secondPage.page, secondPage.items.map((item) => item.id)],
      [2, 2, [second]],
    );
    assert.match(secondPage.items[0]?.cluster_slug ?? '', /^[a-z0-9-]+$/);
    const wrong = json<{ error: { code: string; fields: Record<string, string> } }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/applications?state=nonsense`),
      400,
    );
    assert.equal(wrong.error.code, 'validation_failed');
    json(await operator.get('/api/v1/rounds/999999/applications'), 404);
  });

  it('lists the experts, saying who cannot act now and who is kept from which application', async () => {
    const experts = json<{ items: Expert[] }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/experts`),
    ).items;
    const byId = new Map(experts.map((expert) => [expert.expert_id, expert]));
    assert.equal(experts.length, 5);
    assert.deepEqual(
      [byId.get(withoutTwoFactor)?.can_act, byId.get(withoutTwoFactor)?.blocked_by],
      [false, ['two_factor_off']],
    );
    await portal.app.db
      .updateTable('users')
      .set({ deletionRequestedAt: time.clock.now().toISOString() })
      .where('id', '=', withoutTwoFactor)
      .execute();
    const again = json<{ items: Expert[] }>(await operator.get(`/api/v1/rounds/${round.roundId}/experts`));
    assert.deepEqual(
      again.items.find((expert) => expert.expert_id === withoutTwoFactor)?.blocked_by,
      ['two_factor_off', 'deletion_requested'],
      'the same conditions as the automatic assignment',
    );
    await portal.app.db
      .updateTable('users')
      .set({ deletionRequestedAt: null })
      .where('id', '=', withoutTwoFactor)
      .execute();
    for (const expert of round.experts) assert.equal(byId.get(expert.userId)?.can_act, true);
    assert.deepEqual(
      byId.get(linked.userId)?.conflicts.map((c) => [c.application_id, c.reason]),
      [[first, 'linked']],
      'a declared interest in the first cluster',
    );
    const assigned = round.experts.reduce(
      (sum, expert) => sum + (byId.get(expert.userId)?.round_tasks.assigned ?? 0),
      0,
    );
    assert.equal(assigned, 4, 'two experts on each of the two applications');
    assert.equal(
      round.experts.reduce((sum, expert) => sum + (byId.get(expert.userId)?.open_tasks ?? 0), 0),
      4,
    );
  });

  it('takes back a task not yet submitted, audited, and refuses a submitted one', async () => {
    const withTasks = [];
    for (const e of round.experts) {
      const tasks = await tasksOf(e);
      if (tasks.length > 0) withTasks.push({ e, tasks });
    }
    const [expert, other] = withTasks;
    assert.ok(expert && other);
    const taken = expert.tasks[0] as Task;
    assert.equal((await operator.send('DELETE', `/api/v1/assignments/${taken.id}`)).statusCode, 204);
    assert.ok(!(await tasksOf(expert.e)).some((task) => task.id === taken.id), 'gone from the expert’s list');
    const event = await portal.app.db
      .selectFrom('auditEvents')
      .select(['action', 'actorId'])
      .where('entityType', '=', 'assessment_task')
      .where('entityId', '=', String(taken.id))
      .where('action', '=', 'assessment.task.removed')
      .executeTakeFirst();
    assert.deepEqual(event, { action: 'assessment.task.removed', actorId: operator.userId });
    json(await operator.send('DELETE', `/api/v1/assignments/${taken.id}`), 404);

    const kept = other.tasks[0] as Task;
    json(
      await other.e.send('POST', `/api/v1/assignments/${kept.id}/declaration`, {
        conflict: false,
        confidentiality: true,
      }),
    );
    json(
      await other.e.send('POST', `/api/v1/assignments/${kept.id}/submission`, sheet([15, 15, 15, 15, 15])),
    );
    const refused = json<{ error: { code: string } }>(
      await operator.send('DELETE', `/api/v1/assignments/${kept.id}`),
      409,
    );
    assert.equal(refused.error.code, 'assignment_submitted');
  });

  it('lists a round’s appeals, by state', async () => {
    const now = time.clock.now().toISOString();
    const decision = await portal.app.db
      .insertInto('assessmentDecisions')
      .values({
        applicationId: second,
        outcome: 'refused',
        documentNumber: 'DEC/1/2027',
        documentDate: '2027-02-01',
        validUntil: null,
        statusId: null,
        recordedBy: operator.userId,
        recordedAt: now,
        notifiedAt: now,
        supersededAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const appeal = await portal.app.db
      .insertInto('appeals')
      .values({
        applicationId: second,
        decisionId: decision.id,
        filedBy: round.coordinators[1].userId,
        reasons: 'Ekspert pominął nasze wyniki współpracy z uczelniami.',
        filedAt: now,
        state: 'filed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const listed = json<{ items: { id: number; application_id: number; state: string; reasons: string }[] }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/appeals`),
    ).items;
    assert.deepEqual(
      listed.map((item) => [item.id, item.application_id, item.state]),
      [[appeal.id, second, 'filed']],
    );
    const dismissed = json<{ items: unknown[] }>(
      await operator.get(`/api/v1/rounds/${round.roundId}/appeals?state=dismissed`),
    );
    assert.deepEqual(dismissed.items, []);
  });

  it('keeps all four to the operators', async () => {
    const expert = round.experts[0];
    const coordinator = round.coordinators[0];
    for (const caller of [expert, coordinator]) {
      for (const url of ['applications', 'experts', 'appeals']) {
        json(await caller.get(`/api/v1/rounds/${round.roundId}/${url}`), 403);
      }
      json(await caller.send('DELETE', '/api/v1/assignments/1'), 403);
    }
    const anonymous = await portal.app.inject({ url: `/api/v1/rounds/${round.roundId}/experts` });
    assert.equal(anonymous.statusCode, 401);
  });
});
