import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
  /** measureSideBySide splits the duration into this many turns of each URL. */
  turns: number;
  /** Sent as Accept-Encoding when set (as browsers do); by default nothing is compressed. */
  acceptEncoding?: string;
}

/** What one load run measured, in the units the report prints. */
export interface Measurement {
  requestsPerSecond: number;
  latencyMeanMs: number;
  latencyP99Ms: number;
  /** Average response size, headers included. */
  bytesPerResponse: number;
  ok: number;
  /** Answers with a status of 400 or more (wrk counts 3xx as answered). */
  non2xx: number;
  errors: number;
  timeouts: number;
  /** non2xx + errors + timeouts: any of these spoils the run. */
  failures: number;
}

export const DEFAULT_LOAD: LoadOptions = {
  connections: positive(process.env.BENCH_CONNECTIONS, 50),
  duration: positive(process.env.BENCH_DURATION, 10),
  turns: positive(process.env.BENCH_TURNS, 5),
  ...(process.env.BENCH_ACCEPT_ENCODING ? { acceptEncoding: process.env.BENCH_ACCEPT_ENCODING } : {}),
};

const REPORT_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk-report.lua');
const REPORT_PREFIX = 'WRK_JSON ';

interface WrkReport {
  durationUs: number;
  requests: number;
  bytes: number;
  latencyMeanUs: number;
  latencyP99Us: number;
  connectErrors: number;
  readErrors: number;
  writeErrors: number;
  statusErrors: number;
  timeouts: number;
}

/**
 * Puts a URL under load with wrk on one thread. wrk (C) neither decodes nor keeps the bodies it
 * reads, so the figures are the server's; autocannon, used before, decoded every body as UTF-8 and
 * became the bottleneck on pages with Polish letters (see README).
 */
export async function measure(
  url: string,
  options: LoadOptions,
  extraHeaders: Record<string, string> = {},
): Promise<Measurement> {
  const { connections, duration, acceptEncoding } = options;
  const headers: Record<string, string> = {
    ...extraHeaders,
    ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
  };
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', REPORT_SCRIPT];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const { stdout } = await promisify(execFile)('wrk', [...args, url]).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new Error('wrk is not installed: apt-get install wrk');
      throw error;
    },
  );
  return measurementOf(parseReport(stdout));
}

export interface Target {
  url: string;
  headers?: Record<string, string>;
}

/**
 * Two URLs measured in turns (a, b, a, b, …), each for its share of the duration, so that both see
 * the same moments of a machine whose speed drifts (a shared VM's can by a third within a minute).
 */
export async function measureSideBySide(
  a: Target,
  b: Target,
  options: LoadOptions,
  pause: () => Promise<void>,
): Promise<[Measurement, Measurement]> {
  const turn = { ...options, duration: Math.max(1, Math.round(options.duration / options.turns)) };
  const turnsOfA: Measurement[] = [];
  const turnsOfB: Measurement[] = [];
  for (let index = 0; index < options.turns; index += 1) {
    turnsOfA.push(await measure(a.url, turn, a.headers));
    await pause();
    turnsOfB.push(await measure(b.url, turn, b.headers));
    await pause();
  }
  return [combined(turnsOfA, turn.duration), combined(turnsOfB, turn.duration)];
}

/** Turns of equal length as one run; the p99 is the worst turn's, as turns' percentiles do not add up. */
function combined(turns: Measurement[], secondsEach: number): Measurement {
  const requestsOf = (turn: Measurement) => turn.requestsPerSecond * secondsEach;
  const requests = turns.reduce((sum, turn) => sum + requestsOf(turn), 0);
  const weighted = (value: (turn: Measurement) => number) =>
    requests > 0 ? turns.reduce((sum, turn) => sum + value(turn) * requestsOf(turn), 0) / requests : 0;
  const total = (value: (turn: Measurement) => number) => turns.reduce((sum, turn) => sum + value(turn), 0);
  return {
    requestsPerSecond: requests / (secondsEach * turns.length),
    latencyMeanMs: weighted((turn) => turn.latencyMeanMs),
    latencyP99Ms: Math.max(...turns.map((turn) => turn.latencyP99Ms)),
    bytesPerResponse: weighted((turn) => turn.bytesPerResponse),
    ok: total((turn) => turn.ok),
    non2xx: total((turn) => turn.non2xx),
    errors: total((turn) => turn.errors),
    timeouts: total((turn) => turn.timeouts),
    failures: total((turn) => turn.failures),
  };
}

function parseReport(stdout: string): WrkReport {
  const line = stdout.split('\n').find((text) => text.startsWith(REPORT_PREFIX));
  if (!line) throw new Error(`wrk printed no report:\n${stdout}`);
  return JSON.parse(line.slice(REPORT_PREFIX.length)) as WrkReport;
}

function measurementOf(report: WrkReport): Measurement {
  const errors = report.connectErrors + report.readErrors + report.writeErrors;
  const non2xx = report.statusErrors;
  return {
    requestsPerSecond: report.requests / (report.durationUs / 1e6),
    latencyMeanMs: report.latencyMeanUs / 1000,
    latencyP99Ms: report.latencyP99Us / 1000,
    bytesPerResponse: report.requests > 0 ? report.bytes / report.requests : 0,
    ok: report.requests - non2xx,
    non2xx,
    errors,
    timeouts: report.timeouts,
    failures: non2xx + errors + report.timeouts,
  };
}

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : fallback;
}
