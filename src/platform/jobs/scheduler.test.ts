import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { migratedDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../test/database.ts';
import type { Clock } from '../clock.ts';
import { type Job, type JobDeps, jobRunner, startJobScheduler } from './scheduler.ts';

const quietLog = { info: () => {}, error: () => {} };

function countingJob(name: string, work: () => Promise<number> = async () => 1) {
  let runs = 0;
  const job: Job = {
    name,
    everyMs: 20,
    run: async () => {
      runs += 1;
      return work();
    },
  };
  return { job, runs: () => runs };
}

describe(`scheduled jobs on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  let now: Date;
  let deps: JobDeps;
  beforeEach(async () => {
    database = await migratedDatabase();
    now = new Date('2026-11-27T10:00:00.000Z');
    const clock: Clock = { now: () => now };
    deps = { db: database.db, clock, log: quietLog };
  });
  afterEach(() => database.destroy());

  it('runs a job once when two instances ask at the same moment', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { job, runs } = countingJob('reminders', async () => {
      await held;
      return 3;
    });
    const first = jobRunner(job, deps);
    const second = await jobRunner(job, deps);
    release();
    assert.deepEqual(second, { name: 'reminders', ran: false });
    assert.deepEqual(await first, { name: 'reminders', ran: true, result: 3 });
    assert.equal(runs(), 1);
    const row = await database.db.selectFrom('jobRuns').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.lastResult, '3');
    assert.equal(row.leasedUntil, null);
  });

  it('lets the next run go ahead after a finished one, and records a failure', async () => {
    const { job } = countingJob('expiry', async () => {
      throw new Error('mail table missing');
    });
    await assert.rejects(jobRunner(job, deps), /mail table missing/);
    const row = await database.db.selectFrom('jobRuns').selectAll().executeTakeFirstOrThrow();
    assert.match(row.lastResult ?? '', /^error: .*mail table missing/);
    await assert.rejects(jobRunner(job, deps), /mail table missing/, 'the lease was given back');
  });

  it('takes over the lease of an instance that died mid-run once it runs out', async () => {
    await database.db
      .insertInto('jobRuns')
      .values({
        name: 'reminders',
        leasedUntil: '2026-11-27T10:05:00.000Z',
        lastStartedAt: '2026-11-27T09:55:00.000Z',
        lastFinishedAt: null,
        lastResult: null,
      })
      .execute();
    const { job } = countingJob('reminders');
    assert.equal((await jobRunner(job, deps)).ran, false);
    now = new Date('2026-11-27T10:05:00.000Z');
    assert.equal((await jobRunner(job, deps)).ran, true);
  });

  it('repeats each job until stopped', async () => {
    const { job, runs } = countingJob('tick');
    const scheduler = startJobScheduler([job], deps, 1);
    while (runs() < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await scheduler.stop();
    const after = runs();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(runs(), after, 'no run after stop');
  });
});
