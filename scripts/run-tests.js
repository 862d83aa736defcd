#!/usr/bin/env node
// Runs the test suite with node's own test runner (through tsx), over an explicit list of files,
// and fails when no test ran at all (node --test exits 0 when it finds nothing).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['src', 'test'];
const kind = process.argv[2] ?? 'all';

function testFiles() {
  return ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true })
      .map((file) => path.join(root, String(file)))
      .filter((file) => file.endsWith('.test.ts')),
  )
    .filter((file) => {
      const browser = file.includes(`${path.sep}e2e${path.sep}`);
      return kind === 'all' || (kind === 'e2e' ? browser : !browser);
    })
    .sort();
}

const files = testFiles();
if (files.length === 0) {
  console.error(`No test files found for "${kind}".`);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'test' } },
);
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const ran = Number(output.match(/ℹ tests (\d+)/)?.[1] ?? 0);
  const passed = Number(output.match(/ℹ pass (\d+)/)?.[1] ?? 0);
  // A test whose hook failed is reported as cancelled: it did not pass, so it counts as failed.
  const failed = ['fail', 'cancelled'].reduce(
    (sum, word) => sum + Number(output.match(new RegExp(`ℹ ${word} (\\d+)`))?.[1] ?? 0),
    0,
  );
  console.log(`${passed} passed, ${failed} failed`);
  if (ran === 0) {
    console.error('No test ran: treating this as a failure.');
    process.exit(1);
  }
  process.exit(code ?? 1);
});
