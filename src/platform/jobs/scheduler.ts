import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import { leaseReleaser, leaseTaker } from './lease.ts';

export interface JobDeps {
  db: Kysely<Database>;
  clock: Clock;
  log: JobLog;
}

export interface JobLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** A scheduled job: idempotent, so a run repeated after a crash does no harm. Returns what it did. */
export interface Job {
  name: string;
  everyMs: number;
  run(deps: JobDeps): Promise<number>;
}

const LEASE_MS = 10 * 60_000;

export type JobOutcome = { name: string; ran: false } | { name: string; ran: true; result: number };

/** Runs a job now unless another instance is running it; failures are recorded and rethrown. */
export async function jobRunner(job: Job, deps: JobDeps): Promise<JobOutcome> {
  const started = deps.clock.now();
  const leased = await leaseTaker(deps.db, job.name, started, new Date(started.getTime() + LEASE_MS));
  if (!leased) return { name: job.name, ran: false };
  try {
    const result = await job.run(deps);
    await leaseReleaser(deps.db, job.name, deps.clock.now(), String(result));
    deps.log.info({ job: job.name, result }, 'job finished');
    return { name: job.name, ran: true, result };
  } catch (error) {
    await leaseReleaser(deps.db, job.name, deps.clock.now(), `error: ${String(error)}`);
    throw error;
  }
}

export interface RunningScheduler {
  /** Stops the timers and waits for the runs in progress. */
  stop(): Promise<void>;
}

/**
 * Runs each job every `everyMs` (the first run shortly after start) until stopped. Runs of one job
 * never overlap within a process, the lease keeps instances apart, and the timers do not keep the
 * process alive.
 */
export function startJobScheduler(
  jobs: readonly Job[],
  deps: JobDeps,
  firstRunMs = 30_000,
): RunningScheduler {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;

  const schedule = (job: Job, delayMs: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      const run = jobRunner(job, deps).catch((error: unknown) =>
        deps.log.error({ job: job.name, error: String(error) }, 'job failed'),
      );
      running.add(run);
      run.finally(() => {
        running.delete(run);
        schedule(job, job.everyMs);
      });
    }, delayMs);
    timer.unref();
    timers.set(job.name, timer);
  };

  for (const job of jobs) schedule(job, firstRunMs);
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all(running);
    },
  };
}
