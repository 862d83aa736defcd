import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { type ApiCaller, apiPerson, browserOf } from '../../../test/factories.ts';
import { movableClock } from '../competition/testing.ts';
import { expertMaySeeApplication } from './competitionHooks.ts';
import { formallyDecide, json, roundThroughApi, sheet, submittedApplication } from './testing.ts';

type Task = { id: number; application_id: number; state: string; stage: string };

/**
 * A whole round through the API (only the published clusters and the accounts are made directly): three
 * clusters apply, one is formally rejected; experts are assigned
 * automatically around a declared interest; one declares a conflict and is replaced; one divergence
 * brings a third expert; one application falls below the threshold, the other goes to the panel, is
 * ranked, recommended and granted; the refused one appeals and is re-assessed by a different expert.
 */
describe('a full competition round', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let portal: TestApp;
  let operator: ApiCaller;
  const experts: ApiCaller[] = [];
  const coordinators: ApiCaller[] = [];
  let roundId: number;
  const ids = { a: 0, b: 0, c: 0, clusterA: 0, clusterB: 0 };

  const tasksOf = async (expert: ApiCaller) =>
    json<{ items: Task[] }>(await expert.get('/api/v1/assignments')).items;
  const taskOn = async (expert: ApiCaller, applicationId: number, stage = 'stage1') => {
    const task = (await tasksOf(expert)).find((t) => t.application_id === applicationId && t.stage === stage);
    assert.ok(task, `expert ${expert.userId} has a task on application ${applicationId}`);
    return task;
  };
  const declare = async (expert: ApiCaller, taskId: number) =>
    json(
      await expert.send('POST', `/api/v1/assignments/${taskId}/declaration`, {
        conflict: false,
        confidentiality: true,
      }),
    );
  const submit = async (expert: ApiCaller, taskId: number, points: number[]) =>
    json(await expert.send('POST', `/api/v1/assignments/${taskId}/submission`, sheet(points)));
  const state = async (applicationId: number) =>
    (
      await portal.app.db
        .selectFrom('applications')
        .select('state')
        .where('id', '=', applicationId)
        .executeTakeFirstOrThrow()
    ).state;

  before(async () => {
    portal = await testApp({ data: 'none', clock: time.clock });
    operator = await apiPerson(portal.app, time.clock, ['operator']);
    roundId = await roundThroughApi(operator, {
      opensAt: '2026-12-01T08:00:00.000Z',
      closesAt: '2026-12-15T15:00:00.000Z',
      assessmentDueAt: '2027-01-15T15:00:00.000Z',
    });
    for (const name of ['Adam Alfa', 'Barbara Beta', 'Cezary Gamma', 'Dorota Delta', 'Edward Epsilon']) {
      experts.push(await apiPerson(portal.app, time.clock, ['expert'], name));
    }
    for (let index = 0; index < 3; index++)
      coordinators.push(await apiPerson(portal.app, time.clock, ['coordinator']));
    time.set('2026-12-02T09:00:00.000Z');
    const [first, second, third] = coordinators as [ApiCaller, ApiCaller, ApiCaller];
    const a = await submittedApplication(portal.app, first, roundId);
    const b = await submittedApplication(portal.app, second, roundId);
    const c = await submittedApplication(portal.app, third, roundId);
    Object.assign(ids, {
      a: a.applicationId,
      b: b.applicationId,
      c: c.applicationId,
      clusterA: a.clusterId,
      clusterB: b.clusterId,
    });
    time.set('2026-12-20T10:00:00.000Z');
    await formallyDecide(operator, ids.a, 'accepted');
    await formallyDecide(operator, ids.b, 'accepted');
    await formallyDecide(operator, ids.c, 'rejected');
  });
  after(async () => portal?.close());

  it('runs from assignment to decision and appeal', async () => {
    const [e1, e2, e3, e4, e5] = experts as [ApiCaller, ApiCaller, ApiCaller, ApiCaller, ApiCaller];
    const [coordinatorA, coordinatorB] = coordinators as [ApiCaller, ApiCaller, ApiCaller];

    // Expert 1 declares a link to cluster B: the automatic assignment never gives it B.
    json(
      await e1.send('POST', '/api/v1/expert/interests', {
        cluster_id: ids.clusterB,
        note: 'członek rady klastra',
      }),
      201,
    );
    const auto = json<{ assignments: { application_id: number; expert_id: number }[] }>(
      await operator.send('POST', `/api/v1/rounds/${roundId}/assignments/auto`),
    );
    assert.deepEqual(
      auto.assignments.map((row) => [row.application_id, row.expert_id]),
      [
        [ids.a, e1.userId],
        [ids.a, e2.userId],
        [ids.b, e3.userId],
        [ids.b, e4.userId],
      ],
      'balanced, in a fixed order, the formally rejected application left out',
    );
    assert.equal(await state(ids.a), 'in_assessment');
    assert.equal(await state(ids.c), 'formally_rejected');

    // Nothing of the application before the declaration; nothing for an expert not assigned.
    const a1 = await taskOn(e1, ids.a);
    assert.equal((await e1.get(`/api/v1/assignments/${a1.id}/application`)).statusCode, 403);
    assert.equal(
      await expertMaySeeApplication(portal.app.db, e1.userId, ids.a),
      false,
      'nor its attachments',
    );
    assert.equal((await e3.get(`/api/v1/assignments/${a1.id}/application`)).statusCode, 403);
    assert.equal(
      (
        await e3.send('POST', `/api/v1/assignments/${a1.id}/declaration`, {
          conflict: false,
          confidentiality: true,
        })
      ).statusCode,
      403,
    );

    // Expert 2 declares a conflict on A; the operator's next automatic run gives the slot to expert 5.
    const a2 = await taskOn(e2, ids.a);
    json(
      await e2.send('POST', `/api/v1/assignments/${a2.id}/declaration`, {
        conflict: true,
        reason: 'Pracowałem dla koordynatora.',
      }),
    );
    assert.equal((await e2.get(`/api/v1/assignments/${a2.id}/application`)).statusCode, 403);
    const refill = json<{ assignments: { application_id: number; expert_id: number }[] }>(
      await operator.send('POST', `/api/v1/rounds/${roundId}/assignments/auto`),
    );
    assert.deepEqual(refill.assignments, [{ application_id: ids.a, expert_id: e5.userId }]);

    await declare(e1, a1.id);
    assert.equal(await expertMaySeeApplication(portal.app.db, e1.userId, ids.a), true);
    const view = json<{ criteria: { code: string }[]; snapshot: unknown }>(
      await e1.get(`/api/v1/assignments/${a1.id}/application`),
    );
    assert.deepEqual(
      view.criteria.map((c) => c.code),
      ['Z1', 'E1', 'W1', 'P1', 'K1'],
    );
    assert.ok(view.snapshot, 'the frozen application is shown once declared');

    // A draft, a refused incomplete submission, then the submission locks the sheet.
    json(
      await e1.send('PUT', `/api/v1/assignments/${a1.id}/scores`, {
        scores: [{ criterion: 'Z1', points: 18, justification: 'szkic' }],
      }),
    );
    const short = await e1.send('POST', `/api/v1/assignments/${a1.id}/submission`, {
      scores: [{ criterion: 'Z1', points: 18, justification: 'krótko' }],
    });
    assert.equal(short.statusCode, 400);
    assert.ok(JSON.parse(short.body).error.fields['scores[0].justification'], short.body);
    await submit(e1, a1.id, [18, 18, 18, 18, 18]);
    assert.equal(
      (await e1.send('PUT', `/api/v1/assignments/${a1.id}/scores`, sheet([1, 1, 1, 1, 1]))).statusCode,
      409,
      'locked',
    );

    // Scores stay hidden from an expert until they submit their own.
    const a5 = await taskOn(e5, ids.a);
    await declare(e5, a5.id);
    assert.equal((await e5.get(`/api/v1/scores?application_id=${ids.a}`)).statusCode, 403);
    const seenByE1 = json<{ experts: { label: string; expert_id: number | null }[] }>(
      await e1.get(`/api/v1/scores?application_id=${ids.a}`),
    );
    assert.deepEqual(
      seenByE1.experts.map((e) => [e.label, e.expert_id]),
      [['Expert 1', null]],
    );
    await submit(e5, a5.id, [17, 17, 17, 17, 16]);
    assert.equal(await state(ids.a), 'panel', 'mean 87 of 100 passes the stage-1 threshold of 60');

    // B: 90 and 25 points differ by more than 30% of 100: a third expert, never expert 1 (declared interest).
    const b3 = await taskOn(e3, ids.b);
    const b4 = await taskOn(e4, ids.b);
    await declare(e3, b3.id);
    await declare(e4, b4.id);
    await submit(e3, b3.id, [18, 18, 18, 18, 18]);
    await submit(e4, b4.id, [5, 5, 5, 5, 5]);
    assert.equal(await state(ids.b), 'in_assessment');
    const b2 = await taskOn(e2, ids.b);
    await declare(e2, b2.id);
    await submit(e2, b2.id, [6, 6, 6, 6, 6]);
    assert.equal(await state(ids.b), 'below_threshold', '(90 + 25 + 30) / 3 is under 60');
    const progress = json<{ applications: { application_id: number; divergent: boolean; spread: number }[] }>(
      await operator.get(`/api/v1/rounds/${roundId}/assessment`),
    );
    const flagB = progress.applications.find((row) => row.application_id === ids.b);
    assert.deepEqual([flagB?.divergent, flagB?.spread], [true, 65]);

    // The panel: schedule, a member's conflict declaration and scores, the consensus.
    json(
      await operator.send('PUT', `/api/v1/panel/applications/${ids.a}/presentation`, {
        starts_at: '2027-01-20T10:30',
        place: 'Warszawa, Plac Trzech Krzyży 3/5',
      }),
    );
    const invitation = await portal.app.db
      .selectFrom('mailOutbox')
      .select('textBody')
      .where('toAddress', '=', coordinatorA.email)
      .where('template', '=', 'assessmentPresentationScheduled')
      .executeTakeFirstOrThrow();
    assert.match(invitation.textBody, /20 stycznia 2027.*10:30/);
    assert.equal(
      (
        await e4.send('POST', `/api/v1/panel/applications/${ids.a}/declaration`, {
          conflict: false,
          confidentiality: true,
        })
      ).statusCode,
      403,
      'not on the panel yet',
    );
    assert.equal(
      (await operator.send('POST', `/api/v1/rounds/${roundId}/panel/members`, { expert_id: e4.userId }))
        .statusCode,
      204,
    );
    const panelTask = json<{ task_id: number }>(
      await e4.send('POST', `/api/v1/panel/applications/${ids.a}/declaration`, {
        conflict: false,
        confidentiality: true,
      }),
    );
    json(
      await e4.send(
        'POST',
        `/api/v1/assignments/${panelTask.task_id}/submission`,
        sheet([8, 9, 8, 7, 8], ['Z2', 'E2', 'W2', 'P2', 'K2']),
      ),
    );
    const early = json<{ items: { application_id: number; ranked: boolean }[] }>(
      await operator.get(`/api/v1/rounds/${roundId}/ranking`),
    );
    assert.equal(early.items.find((row) => row.application_id === ids.a)?.ranked, false, 'no consensus yet');
    const consensus = {
      points: { Z2: 8, E2: 8, W2: 8, P2: 8, K2: 8 },
      comment: 'Panel ocenił prezentację jako przekonującą.',
    };
    assert.equal(
      (await operator.send('PUT', `/api/v1/panel/applications/${ids.a}/consensus`, consensus)).statusCode,
      204,
    );

    // Ranking and the recommended list.
    const ranking = json<{
      items: {
        application_id: number;
        total: number;
        ranked: boolean;
        recommended: boolean;
        position: number;
      }[];
    }>(await operator.get(`/api/v1/rounds/${roundId}/ranking`));
    assert.deepEqual(
      ranking.items.map((row) => [row.application_id, row.position, row.total, row.ranked, row.recommended]),
      [
        [ids.a, 1, 127, true, true],
        [ids.b, 2, 48.33, false, false],
      ],
    );
    assert.deepEqual(json(await operator.send('POST', `/api/v1/rounds/${roundId}/ranking/confirmation`)), {
      recommended: [ids.a],
      not_recommended: [],
    });

    // Decisions: A granted (status and certificate code in the registry), B refused.
    time.set('2027-02-01T12:00:00.000Z');
    assert.equal(
      (
        await operator.send('POST', '/api/v1/decisions', {
          application_id: ids.b,
          outcome: 'granted',
          document_number: 'X',
          document_date: '2027-02-01',
        })
      ).statusCode,
      409,
      'only a recommended application can be granted',
    );
    const granted = json<{ status_id: number; verification_code: string; valid_until: string }>(
      await operator.send('POST', '/api/v1/decisions', {
        application_id: ids.a,
        outcome: 'granted',
        document_number: 'DIN-I.0232.1.2027',
        document_date: '2027-02-01',
      }),
      201,
    );
    assert.equal(granted.valid_until, '2030-01-31');
    const status = await portal.app.db
      .selectFrom('kkkStatuses')
      .selectAll()
      .where('id', '=', granted.status_id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [status.clusterId, status.documentNumber, status.verificationCode],
      [ids.clusterA, 'DIN-I.0232.1.2027', granted.verification_code],
    );
    assert.equal(await state(ids.a), 'granted');
    json(
      await operator.send('POST', '/api/v1/decisions', {
        application_id: ids.b,
        outcome: 'refused',
        document_number: 'DIN-I.0232.2.2027',
        document_date: '2027-02-01',
      }),
      201,
    );

    // Every applicant is told the scores and justifications, never the experts' names.
    const resultsMail = await portal.app.db
      .selectFrom('mailOutbox')
      .select('textBody')
      .where('toAddress', '=', coordinatorB.email)
      .where('template', '=', 'assessmentResults')
      .executeTakeFirstOrThrow();
    assert.match(resultsMail.textBody, /Ekspert 3: 6 pkt/);
    for (const expert of ['Alfa', 'Beta', 'Gamma', 'Delta', 'Epsilon'])
      assert.ok(!resultsMail.textBody.includes(expert), expert);
    const results = json<{
      experts: { label: string; total: number }[];
      decision: { outcome: string };
      appeal_until: string;
    }>(await coordinatorB.get(`/api/v1/results/${ids.b}`));
    assert.deepEqual(
      results.experts.map((e) => e.label),
      ['Expert 1', 'Expert 2', 'Expert 3'],
    );
    assert.ok(!JSON.stringify(results).includes('expert_id'));
    assert.equal(
      (await coordinatorA.get(`/api/v1/results/${ids.b}`)).statusCode,
      403,
      'another cluster’s coordinator',
    );
    assert.equal(
      (await coordinatorA.send('POST', '/api/v1/appeals', { application_id: ids.b, reasons: 'x'.repeat(40) }))
        .statusCode,
      403,
    );

    // The application's own page links what the decision mail links: results, certificate, appeal.
    const pageA = await (await browserOf(portal.app, coordinatorA.userId, time.clock)).get(
      `/konkurs/wnioski/${ids.a}`,
    );
    assert.match(pageA.body, /Decyzja w sprawie wniosku/);
    assert.match(pageA.body, new RegExp(`href="/konkurs/wnioski/${ids.a}/wyniki"`));
    assert.match(pageA.body, new RegExp(`href="/certyfikaty/kkk/${granted.status_id}\\.pdf"`));
    assert.doesNotMatch(pageA.body, /Złóż odwołanie/, 'a granted status is not appealed');
    const pageB = await (await browserOf(portal.app, coordinatorB.userId, time.clock)).get(
      `/konkurs/wnioski/${ids.b}`,
    );
    assert.match(pageB.body, /dokument nr DIN-I\.0232\.2\.2027 z 1 lutego 2027/);
    assert.match(pageB.body, new RegExp(`href="/konkurs/wnioski/${ids.b}/wyniki#appeal">Złóż odwołanie`));
    assert.match(pageB.body, /Termin na odwołanie: \d+ lutego 2027/);
    assert.doesNotMatch(pageB.body, /certyfikaty\/kkk/);

    // The appeal: a re-assessment by an expert who never scored B and is not linked to it.
    time.set('2027-02-05T12:00:00.000Z');
    const appeal = json<{ appeal_id: number }>(
      await coordinatorB.send('POST', '/api/v1/appeals', {
        application_id: ids.b,
        reasons: 'Eksperci pominęli nasze wspólne projekty B+R z lat 2024–2026.',
        disputed_expert: results.experts.findIndex((e) => e.total === 25) + 1,
      }),
      201,
    );
    const resolve = (body: unknown) =>
      operator.send('POST', `/api/v1/appeals/${appeal.appeal_id}/resolution`, body);
    assert.equal(
      (await resolve({ outcome: 'reassessment', resolution: 'Ponowna ocena.', expert_id: e3.userId }))
        .statusCode,
      409,
      'scored it before',
    );
    assert.equal(
      (await resolve({ outcome: 'reassessment', resolution: 'Ponowna ocena.', expert_id: e1.userId }))
        .statusCode,
      409,
      'declared interest',
    );
    const ordered = json<{ task_id: number }>(
      await resolve({ outcome: 'reassessment', resolution: 'Ponowna ocena przez innego eksperta.' }),
    );
    assert.equal(await state(ids.b), 'in_assessment');
    const again = await taskOn(e5, ids.b);
    assert.equal(again.id, ordered.task_id, 'expert 5 never had B');
    await declare(e5, again.id);
    await submit(e5, again.id, [6, 6, 6, 6, 6]);
    assert.equal(await state(ids.b), 'below_threshold', '(90 + 30 + 30) / 3 is still under 60');
    const reassessed = json<{ stage1_mean: number; experts: { total: number }[] }>(
      await operator.get(`/api/v1/results/${ids.b}`),
    );
    assert.deepEqual(
      reassessed.experts.map((e) => e.total).sort((a, b) => a - b),
      [30, 30, 90],
      'the disputed 25 is replaced, not averaged in as a fourth score',
    );
    assert.equal(reassessed.stage1_mean, 50);
    assert.equal(
      (await resolve({ outcome: 'dismissed', resolution: 'Już rozpatrzone.' })).statusCode,
      409,
      'decided once',
    );

    // The new refusal after the re-assessment is final (the default rules): the history stays.
    time.set('2027-03-01T10:00:00.000Z');
    json(
      await operator.send('POST', '/api/v1/decisions', {
        application_id: ids.b,
        outcome: 'refused',
        document_number: 'DIN-I.0232.3.2027',
        document_date: '2027-03-01',
      }),
      201,
    );
    const history = json<{
      appeal: { id: number; state: string } | null;
      appeals: { id: number; state: string; decision: { superseded: boolean } }[];
      final: boolean;
      appeal_until: string | null;
    }>(await coordinatorB.get(`/api/v1/results/${ids.b}`));
    assert.deepEqual(history.appeal, {
      id: appeal.appeal_id,
      state: 'reassessment',
      resolution: 'Ponowna ocena przez innego eksperta.',
    });
    assert.deepEqual(
      history.appeals.map((a) => [a.id, a.state, a.decision.superseded]),
      [[appeal.appeal_id, 'reassessment', true]],
    );
    assert.equal(history.final, true);
    assert.equal(history.appeal_until, null);
    const page = await (await browserOf(portal.app, coordinatorB.userId, time.clock)).get(
      `/konkurs/wnioski/${ids.b}/wyniki`,
    );
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Decyzja jest ostateczna/);
    assert.match(
      page.body,
      /od decyzji DIN-I\.0232\.2\.2027/,
      'the appeal against the first refusal is kept',
    );
    time.set('2027-03-02T10:00:00.000Z');
    const second = await coordinatorB.send('POST', '/api/v1/appeals', {
      application_id: ids.b,
      reasons: 'Ponownie wnosimy o zmianę oceny kryterium W1.',
    });
    assert.equal(second.statusCode, 409, 'one appeal per application by default');
    assert.equal(JSON.parse(second.body).error.code, 'decision_final');
  });
});
