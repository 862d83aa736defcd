import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Child, startChild, stopChildren } from './children.ts';
import { type BenchDatabase, generateData } from './data.ts';
import { DEFAULT_LOAD, type LoadOptions, measure, measureSideBySide } from './load.ts';
import {
  formatReport,
  judge,
  judgeDeepPage,
  type Report,
  RSS_LIMIT_BYTES,
  type ScenarioResult,
  saveReport,
} from './report.ts';
import { DEEP_PAGE_CHECK, type Scenario, scenarios } from './scenarios.ts';

// npm run bench: generate the LARGE data set, start the bare baseline and the real app as child
// processes, warm both up, then measure baseline and scenario alternately and print the report.
// A missed target is reported, not an error: the exit code is 0 unless the benchmark itself broke.

// Lets the server finish the requests still queued when a run stops before the next run starts.
const PAUSE_MS = 250;

let data: BenchDatabase | undefined;

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const load = DEFAULT_LOAD;
  const loadBefore = loadavg()[0] ?? 0;
  log(
    `Generating the LARGE data set (${process.env.BENCH_DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})…`,
  );
  const generating = performance.now();
  data = await generateData();
  log(`${data.clusters} clusters on ${data.engine} in ${seconds(performance.now() - generating)} s`);
  log(
    `Ranking round: 2,000 applications × 3 experts × 20 criteria ranked in ${Math.round(data.ranking.computeMs)} ms`,
  );

  const [baseline, app] = await Promise.all([
    startChild('baseline', 'baseline.ts'),
    startChild('app', 'server.ts', appEnv(data)),
  ]);
  const list = chosen(scenarios(data.sampleSlug, data.ranking));
  await checkAnswers(app, list);

  const warmUp = { ...load, duration: Math.min(3, Math.max(1, Math.round(load.duration / 5))) };
  log(`Warming up (${warmUp.duration} s per URL)…`);
  await measure(urlOf(baseline, '/'), warmUp);
  for (const scenario of list) await measure(urlOf(app, scenario.path), warmUp, scenario.headers);

  log(
    `Measuring: ${load.connections} connections, ${load.duration} s per URL in ${load.turns} turns, ` +
      'baseline and scenario taking turns' +
      (load.acceptEncoding ? `, Accept-Encoding: ${load.acceptEncoding}` : ''),
  );
  const pause = () => sleep(PAUSE_MS);
  const results: ScenarioResult[] = [];
  for (const scenario of list) {
    const [base, measured] = await measureSideBySide(
      { url: urlOf(baseline, '/') },
      { url: urlOf(app, scenario.path), headers: scenario.headers },
      load,
      pause,
    );
    const result = judge(scenario, measured, base);
    results.push(result);
    log(
      `  ${scenario.name}: ${Math.round(result.app.requestsPerSecond)} req/s vs baseline ` +
        `${Math.round(base.requestsPerSecond)} → ${(Math.floor(result.ratio * 100) / 100).toFixed(2)}`,
    );
  }

  const { rss, peakRss, heapUsed } = await app.ask<{ rss: number; peakRss: number; heapUsed: number }>(
    'memory',
  );
  await app.stop();
  const deepPage = await measureDeepPage(data, load, warmUp);
  const report: Report = {
    startedAt,
    machine: {
      node: process.version,
      cpus: cpus().length,
      platform: process.platform,
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    },
    load,
    data: { engine: data.engine, clusters: data.clusters },
    scenarios: results,
    memory: { rss, peakRss, heapUsed, limit: RSS_LIMIT_BYTES, pass: peakRss < RSS_LIMIT_BYTES },
    deepPage,
  };
  console.log(`\n${formatReport(report)}\n`);
  log(`Results written to ${saveReport(report)}`);
}

/** Page 1 and a deep page of the registry, on an app without the page cache, one after the other. */
async function measureDeepPage(generated: BenchDatabase, load: LoadOptions, warmUp: LoadOptions) {
  log('Deep-page check on an app without the page cache…');
  const app = await startChild('app without page cache', 'server.ts', {
    ...appEnv(generated),
    PAGE_CACHE_SECONDS: '0',
  });
  const [first, deep] = [urlOf(app, DEEP_PAGE_CHECK.first), urlOf(app, DEEP_PAGE_CHECK.deep)];
  await measure(first, warmUp);
  await measure(deep, warmUp);
  const [firstResult, deepResult] = await measureSideBySide({ url: first }, { url: deep }, load, () =>
    sleep(PAUSE_MS),
  );
  await app.stop();
  return judgeDeepPage(firstResult, deepResult);
}

/** BENCH_ONLY=ranking,KKK measures only the scenarios whose names contain one of these words. */
function chosen(list: Scenario[]): Scenario[] {
  const words = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return list;
  return list.filter((scenario) => words.some((word) => scenario.name.toLowerCase().includes(word)));
}

function appEnv(generated: BenchDatabase): Record<string, string> {
  return {
    NODE_ENV: 'production',
    BENCH_APP_DATABASE_URL: generated.url,
    BENCH_APP_SEARCH_PATH: generated.searchPath ?? '',
  };
}

/** One request per scenario before any load, so a broken URL is named instead of measured. */
async function checkAnswers(app: Child, list: Scenario[]): Promise<void> {
  for (const scenario of list) {
    const response = await fetch(urlOf(app, scenario.path), { headers: scenario.headers });
    await response.arrayBuffer();
    if (!response.ok) log(`WARNING: ${scenario.name} (${scenario.path}) answers ${response.status}`);
  }
}

function urlOf(child: Child, path: string): string {
  return `http://127.0.0.1:${child.port}${path}`;
}

async function cleanUp(): Promise<void> {
  await stopChildren();
  const generated = data;
  data = undefined;
  await generated?.destroy();
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

process.on('exit', () => void stopChildren());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error('[bench] the benchmark itself failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
