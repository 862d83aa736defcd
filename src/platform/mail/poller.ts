import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import { type MailTransport, mailTransport } from './transport.ts';
import { type MailLog, mailWorker } from './worker.ts';

/** What the poller needs; a Fastify app built by buildApp has all four. */
export interface MailWorkerHost {
  db: Kysely<Database>;
  config: Pick<Config, 'mailUrl' | 'dataDir' | 'mailFrom'>;
  log: MailLog;
  clock: Clock;
}

export interface PollOptions {
  intervalMs?: number;
  /** Tests pass their own; by default the one MAIL_URL names. */
  transport?: MailTransport;
}

export interface RunningMailWorker {
  /** Stops polling and waits for the run in progress, if any. */
  stop(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 5_000;

/**
 * Sends queued mail every few seconds until stopped. Runs never overlap within a process, and the
 * timer does not keep the process alive. Stop it before the database closes (Fastify's preClose).
 */
export function startMailWorker(host: MailWorkerHost, options: PollOptions = {}): RunningMailWorker {
  const transport = options.transport ?? mailTransport(host.config);
  const worker = mailWorker({ db: host.db, transport, from: host.config.mailFrom, log: host.log });
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const tick = () => {
    running = worker.runOnce(host.clock.now()).then(
      () => undefined,
      (error: unknown) => host.log.error({ error: String(error) }, 'mail worker run failed'),
    );
    running.then(schedule);
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  };

  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
