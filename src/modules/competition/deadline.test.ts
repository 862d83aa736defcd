import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { clusterWithTeam, person, publishedRound } from '../../../test/factories.ts';
import type { Clock } from '../../platform/clock.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { apiTokenCreator } from '../accounts/apiTokens.ts';
import { FORM_FIELDS } from './applicationForm.ts';
import { applicationStarter } from './applicationStarter.ts';
import { attachmentUploader } from './attachmentUploader.ts';
import { draftSaver } from './draftSaver.ts';
import { COMPLETE_ANSWERS, PDF } from './testing.ts';

const OPENS = '2026-12-01T08:00:00.000Z';
const CLOSES = '2026-12-15T15:00:00.000Z';
const RUSH = 12;

/** A clock that, once ticking, moves 1 ms on every reading: each reading is later than the one before. */
function tickingClock(start: string) {
  let instant = new Date(start).getTime();
  let ticking = false;
  const clock: Clock = {
    now: () => {
      if (ticking) instant += 1;
      return new Date(instant);
    },
  };
  return {
    clock,
    tickFrom(at: string) {
      instant = new Date(at).getTime();
      ticking = true;
    },
  };
}

// Issue 11, item 4: under a deadline rush, time spent queueing behind other requests must not count
// against the applicant. Every reading of the clock is later than the last, so a decision taken by
// any reading after the arrival would refuse some requests that arrived in time.
describe('the deadline under a rush', () => {
  let portal: TestApp;
  const time = tickingClock('2026-11-20T10:00:00.000Z');

  before(async () => {
    portal = await testApp({
      data: 'reference',
      clock: time.clock,
      routes: (app) => {
        // What the test observes: the instant each request arrived, as the portal took it.
        app.addHook('onSend', async (request, reply) => {
          reply.header('x-test-arrived-at', request.arrivedAt.toISOString());
        });
      },
    });
  });
  after(async () => portal.close());

  it('accepts every submission that arrived by closes_at and refuses every later one', async () => {
    const db = portal.app.db;
    const roundId = await publishedRound(db, time.clock.now(), { opensAt: OPENS, closesAt: CLOSES });
    const applicants: { token: string; applicationId: number }[] = [];
    for (let index = 0; index < RUSH; index++) {
      const user = await person(db, time.clock, ['coordinator']);
      const cluster = await clusterWithTeam(db, user.id);
      const as = {
        db,
        actorId: user.id,
        now: new Date('2026-12-02T09:00:00.000Z'),
        store: portal.app.attachments,
      };
      const { id } = await commandAs(as, applicationStarter, { roundId, clusterId: cluster.id });
      await commandAs(as, draftSaver, { applicationId: id, fields: FORM_FIELDS, input: COMPLETE_ANSWERS });
      for (const code of ['agreement', 'strategy', 'members'])
        await commandAs(as, attachmentUploader, {
          applicationId: id,
          code,
          fileName: `${code}.pdf`,
          data: PDF,
        });
      const { token } = await apiTokenCreator(db, {
        userId: user.id,
        name: 'rush',
        now: as.now,
        twoFactorProven: false,
      });
      applicants.push({ token, applicationId: id });
    }

    // The first request arrives 5 ms before the deadline; each reading moves the clock on.
    time.tickFrom(new Date(new Date(CLOSES).getTime() - 6).toISOString());
    const answers = await Promise.all(
      applicants.map(({ token, applicationId }) =>
        portal.app.inject({
          method: 'POST',
          url: `/api/v1/applications/${applicationId}/submit`,
          headers: { authorization: `Bearer ${token}` },
          payload: { declaration: true },
        }),
      ),
    );

    const closes = new Date(CLOSES).getTime();
    let inTime = 0;
    for (const answer of answers) {
      const arrivedAt = String(answer.headers['x-test-arrived-at']);
      if (new Date(arrivedAt).getTime() <= closes) {
        inTime += 1;
        assert.equal(answer.statusCode, 200, `arrived at ${arrivedAt}: ${answer.body}`);
        assert.equal(answer.json().submitted_at, arrivedAt, 'the receipt shows the arrival instant');
      } else {
        assert.equal(answer.statusCode, 409, `arrived at ${arrivedAt}: ${answer.body}`);
        assert.equal(answer.json().error.code, 'round_closed');
      }
    }
    assert.ok(inTime > 0 && inTime < RUSH, `both sides of the deadline were tried (${inTime} in time)`);
  });
});
