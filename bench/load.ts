import autocannon from 'autocannon';

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
  /** Sent as Accept-Encoding when set (as browsers do); by default nothing is compressed. */
  acceptEncoding?: string;
}

/** What one autocannon run measured, in the units the report prints. */
export interface Measurement {
  requestsPerSecond: number;
  latencyMeanMs: number;
  latencyP99Ms: number;
  /** Average response size, headers included. */
  bytesPerResponse: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** non2xx + errors + timeouts: any of these spoils the run. */
  failures: number;
}

export const DEFAULT_LOAD: LoadOptions = {
  connections: positive(process.env.BENCH_CONNECTIONS, 50),
  duration: positive(process.env.BENCH_DURATION, 10),
  ...(process.env.BENCH_ACCEPT_ENCODING ? { acceptEncoding: process.env.BENCH_ACCEPT_ENCODING } : {}),
};

/** Puts a URL under load and returns the figures. */
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
  const result = await autocannon({ url, connections, duration, headers });
  const answered = result['2xx'] + result.non2xx;
  return {
    requestsPerSecond: result.requests.average,
    latencyMeanMs: result.latency.mean,
    latencyP99Ms: result.latency.p99,
    bytesPerResponse: answered > 0 ? result.throughput.total / answered : 0,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : fallback;
}
