import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions, Measurement } from './load.ts';
import { DEEP_PAGE_CHECK, MAX_DEEP_PAGE_RATIO, type Scenario } from './scenarios.ts';

export const RSS_LIMIT_BYTES = 300 * 1024 * 1024;
const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const MB = 1024 * 1024;

export interface ScenarioResult extends Scenario {
  app: Measurement;
  /** The baseline run just before this scenario's. */
  baseline: Measurement;
  ratio: number;
  pass: boolean;
}

export interface Report {
  startedAt: string;
  machine: {
    node: string;
    cpus: number;
    platform: string;
    /** One-minute load average before data generation and after the last run. */
    loadAverage: { before: number; after: number };
  };
  load: LoadOptions;
  data: { engine: string; clusters: number };
  scenarios: ScenarioResult[];
  memory: { rss: number; peakRss: number; heapUsed: number; limit: number; pass: boolean };
  deepPage: DeepPageResult;
}

export interface DeepPageResult {
  /** The two paths, each measured on an app without the page cache. */
  firstPath: string;
  deepPath: string;
  first: Measurement;
  deep: Measurement;
  meanRatio: number;
  p99Ratio: number;
  limit: number;
  pass: boolean;
}

export function judge(scenario: Scenario, app: Measurement, baseline: Measurement): ScenarioResult {
  const ratio = baseline.requestsPerSecond > 0 ? app.requestsPerSecond / baseline.requestsPerSecond : 0;
  return { ...scenario, app, baseline, ratio, pass: app.failures === 0 && ratio >= scenario.target };
}

export function judgeDeepPage(first: Measurement, deep: Measurement): DeepPageResult {
  const meanRatio = deep.latencyMeanMs / first.latencyMeanMs;
  const p99Ratio = deep.latencyP99Ms / first.latencyP99Ms;
  const pass = first.failures === 0 && deep.failures === 0 && meanRatio <= MAX_DEEP_PAGE_RATIO;
  return {
    firstPath: DEEP_PAGE_CHECK.first,
    deepPath: DEEP_PAGE_CHECK.deep,
    first,
    deep,
    meanRatio,
    p99Ratio,
    limit: MAX_DEEP_PAGE_RATIO,
    pass,
  };
}

/** The table and the verdict lines, as printed at the end of a run. */
export function formatReport(report: Report): string {
  const header = ['scenario', 'req/s', 'p99 ms', 'baseline req/s', 'ratio', 'target', 'result', 'KB'];
  const rows = report.scenarios.map((result) => [
    result.name,
    fixed(result.app.requestsPerSecond, 0),
    fixed(result.app.latencyP99Ms, 0),
    fixed(result.baseline.requestsPerSecond, 0),
    // Cut, not rounded, so that 0.498 never reads as a failing 0.50.
    fixed(Math.floor(result.ratio * 100) / 100, 2),
    `≥ ${result.target}`,
    verdict(result.pass, result.app),
    fixed(result.app.bytesPerResponse / 1024, 1),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const numeric = [false, true, true, true, true, false, false, true];
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  const lines = [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];

  const { memory, deepPage } = report;
  lines.push(
    '',
    `app RSS: ${fixed(memory.rss / MB, 0)} MB after the run, peak ${fixed(memory.peakRss / MB, 0)} MB` +
      ` (limit ${memory.limit / MB} MB)  ${verdict(memory.pass)}`,
  );
  lines.push(
    `deep page: ${deepPage.deepPath} vs ${deepPage.firstPath}, no page cache: mean latency` +
      ` ×${fixed(deepPage.meanRatio, 2)} (${fixed(deepPage.deep.requestsPerSecond, 0)} vs` +
      ` ${fixed(deepPage.first.requestsPerSecond, 0)} req/s; p99 ×${fixed(deepPage.p99Ratio, 2)};` +
      ` limit ×${deepPage.limit})  ${verdict(deepPage.pass, deepPage.deep)}`,
  );
  const { loadAverage, cpus } = report.machine;
  if (loadAverage.before > cpus / 2) {
    lines.push(
      `WARNING: the machine was busy before the run (load average ${fixed(loadAverage.before, 1)} on ${cpus} cores);` +
        ' other processes take CPU from both servers, so ratios are less reliable.',
    );
  }
  const failed = report.scenarios.filter((result) => !result.pass).length;
  const extraFailures = Number(!memory.pass) + Number(!deepPage.pass);
  lines.push(
    '',
    failed + extraFailures === 0
      ? 'ALL TARGETS MET'
      : `FAIL: ${failed} of ${report.scenarios.length} scenarios below target` +
          (extraFailures > 0 ? `, ${extraFailures} other check(s) failed` : ''),
  );
  return lines.join('\n');
}

/** Writes the whole report as bench/results/<timestamp>.json and returns the file's path. */
export function saveReport(report: Report): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

function verdict(pass: boolean, app?: Measurement): string {
  const problems = app
    ? [
        [app.non2xx, 'not 2xx'],
        [app.errors, 'errors'],
        [app.timeouts, 'timeouts'],
      ].filter(([count]) => Number(count) > 0)
    : [];
  if (problems.length > 0) return `FAIL (${problems.map(([count, what]) => `${count} ${what}`).join(', ')})`;
  return pass ? 'PASS' : 'FAIL';
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}
