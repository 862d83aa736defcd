import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { type ApiCaller, apiPerson, browserOf } from '../../../test/factories.ts';
import { translator } from '../../ui/i18n/messages.ts';
import { movableClock } from '../competition/testing.ts';
import { autoAssignmentSummary } from './autoAssignmentSummary.ts';
import { formallyDecide, json, roundThroughApi, sheet, submittedApplication } from './testing.ts';

type AutoResult = {
  assignments: { application_id: number; expert_id: number }[];
  required: number;
  assigned: number;
  experts_needed: number;
  message: string;
};
type Task = { id: number; application_id: number };

/** Automatic assignment gives work only to experts who can act now, and says when there are too few. */
describe('automatic assignment of experts', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let portal: TestApp;
  let operator: ApiCaller;
  let withoutTwoFactor: ApiCaller;
  let first: ApiCaller;
  let second: ApiCaller;
  let roundId: number;
  let applicationId: number;

  const auto = async () =>
    json<AutoResult>(await operator.send('POST', `/api/v1/rounds/${roundId}/assignments/auto`));
  const tasksOf = async (expert: ApiCaller) =>
    json<{ items: Task[] }>(await expert.get('/api/v1/assignments')).items;
  /** Her tasks, read from the database: she cannot list them herself without 2FA. */
  const tasksHeld = (expert: ApiCaller) =>
    portal.app.db.selectFrom('assessmentTasks').select('id').where('expertId', '=', expert.userId).execute();
  const setTwoFactor = (expert: ApiCaller, on: boolean) =>
    portal.app.db
      .updateTable('users')
      .set({ totpEnabledAt: on ? time.clock.now().toISOString() : null })
      .where('id', '=', expert.userId)
      .execute();

  before(async () => {
    portal = await testApp({ data: 'none', clock: time.clock });
    operator = await apiPerson(portal.app, time.clock, ['operator']);
    roundId = await roundThroughApi(operator, {
      opensAt: '2026-12-01T08:00:00.000Z',
      closesAt: '2026-12-15T15:00:00.000Z',
      assessmentDueAt: '2027-01-15T15:00:00.000Z',
    });
    // The expert with the lowest id and no load, but her role is not effective: 2FA is off.
    withoutTwoFactor = await apiPerson(portal.app, time.clock, ['expert'], 'Halina bez 2FA');
    await setTwoFactor(withoutTwoFactor, false);
    first = await apiPerson(portal.app, time.clock, ['expert'], 'Adam Alfa');
    const coordinator = await apiPerson(portal.app, time.clock, ['coordinator']);
    time.set('2026-12-02T09:00:00.000Z');
    applicationId = (await submittedApplication(portal.app, coordinator, roundId)).applicationId;
    time.set('2026-12-20T10:00:00.000Z');
    await formallyDecide(operator, applicationId, 'accepted');
  });
  after(async () => portal?.close());

  it('refuses by hand, too, an expert who cannot act now, saying why on the page and in the API', async () => {
    const leaving = await apiPerson(portal.app, time.clock, ['expert'], 'Dorota odchodząca');
    await portal.app.db
      .updateTable('users')
      .set({ deletionRequestedAt: time.clock.now().toISOString() })
      .where('id', '=', leaving.userId)
      .execute();
    const assign = (expert: ApiCaller, language: 'pl' | 'en') =>
      portal.app.inject({
        method: 'POST',
        url: '/api/v1/assignments',
        headers: { authorization: `Bearer ${operator.token}`, 'accept-language': language },
        payload: { application_id: applicationId, expert_ids: [expert.userId] },
      });
    for (const expert of [withoutTwoFactor, leaving]) {
      const refused = json<{ error: { code: string; fields: Record<string, string> } }>(
        await assign(expert, 'pl'),
        409,
      );
      assert.equal(refused.error.code, 'expert_cannot_act');
      assert.match(refused.error.fields.expert_ids ?? '', /^Ten ekspert nie może teraz oceniać: potrzebuje/);
      assert.deepEqual(await tasksHeld(expert), [], 'no task for one who cannot act');
    }
    const english = json<{ error: { fields: Record<string, string> } }>(await assign(leaving, 'en'), 409);
    assert.match(english.error.fields.expert_ids ?? '', /^This expert cannot take assessments now/);

    const browser = await browserOf(portal.app, operator.userId, time.clock);
    await browser.get(`/panel/konkurs/${roundId}/ocena`);
    const page = await browser.post(`/panel/konkurs/${roundId}/ocena/przydzial`, {
      wniosek: String(applicationId),
      ekspert: String(withoutTwoFactor.userId),
    });
    assert.equal(page.statusCode, 409);
    assert.match(page.body, /Ten ekspert nie może teraz oceniać/);
    assert.deepEqual(await tasksHeld(withoutTwoFactor), []);
  });

  it('assigns only experts who can act now, and the answer says how many more are needed', async () => {
    const result = await auto();
    assert.deepEqual(result.assignments, [{ application_id: applicationId, expert_id: first.userId }]);
    assert.deepEqual([result.required, result.assigned, result.experts_needed], [2, 1, 1]);
    assert.match(result.message, /^Przydzielono 1 z 2 wymaganych; potrzeba jeszcze 1 eksperta/);
    assert.deepEqual(await tasksHeld(withoutTwoFactor), [], 'nothing for the expert without 2FA');
    const en = translator('en');
    assert.match(
      autoAssignmentSummary({ assigned: 1, required: 2, expertsNeeded: 1 }, en),
      /^Assigned 1 of 2 required; 1 more expert needed/,
    );
    assert.match(
      autoAssignmentSummary({ assigned: 0, required: 4, expertsNeeded: 2 }, en),
      /^Assigned 0 of 4 required; 2 more experts needed/,
    );
  });

  it('says so on the operator’s page instead of "Zapisano."', async () => {
    const browser = await browserOf(portal.app, operator.userId, time.clock);
    await browser.get(`/panel/konkurs/${roundId}/ocena`);
    const posted = await browser.post(`/panel/konkurs/${roundId}/ocena/automatycznie`, {});
    assert.equal(posted.statusCode, 303);
    const page = await browser.get(String(posted.headers.location));
    assert.match(
      page.body,
      /role="alert">(?:(?!<\/div>)[\s\S])*Przydzielono 0 z 1 wymaganych; potrzeba jeszcze 1 eksperta/,
    );
    assert.doesNotMatch(page.body, /Zapisano\./);
    second = await apiPerson(portal.app, time.clock, ['expert'], 'Barbara Beta');
    const filled = await browser.post(`/panel/konkurs/${roundId}/ocena/automatycznie`, {});
    assert.match(
      (await browser.get(String(filled.headers.location))).body,
      /Przydzielono 1 z 1 wymaganych\./,
    );
    assert.equal((await tasksOf(second)).length, 1);
  });

  it('never gives the extra expert of a divergence to one who cannot act', async () => {
    // 90 and 25 of 100 points differ by more than the rules' 30%: a third expert is called for.
    for (const [expert, points] of [
      [first, [18, 18, 18, 18, 18]],
      [second, [5, 5, 5, 5, 5]],
    ] as const) {
      const task = (await tasksOf(expert)).find((t) => t.application_id === applicationId);
      assert.ok(task);
      json(
        await expert.send('POST', `/api/v1/assignments/${task.id}/declaration`, {
          conflict: false,
          confidentiality: true,
        }),
      );
      json(await expert.send('POST', `/api/v1/assignments/${task.id}/submission`, sheet(points)));
    }
    const divergence = await portal.app.db
      .selectFrom('auditEvents')
      .select('summary')
      .where('action', '=', 'assessment.divergence_found')
      .executeTakeFirst();
    assert.ok(divergence, 'the divergence was found');
    assert.deepEqual(await tasksHeld(withoutTwoFactor), [], 'the expert without 2FA got no task');
  });
});
