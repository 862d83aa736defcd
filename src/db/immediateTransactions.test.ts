import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { auditRecorder } from '../platform/audit/recorder.ts';
import { openDatabase } from './dialect.ts';
import { migrateToLatest } from './migrate.ts';

const PORTAL = path.resolve('bin/portal.js');

function portalCreatesUser(
  databaseUrl: string,
  email: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [PORTAL, 'user', 'create', '--email', email, '--password', 'bardzo-dlugie-haslo'],
      { env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

// SQLite only: one file shared by two processes is the case at hand (PostgreSQL waits for locks anyway).
describe('an administrator command while the server writes (SQLite)', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'portal-lock-'));
  const url = `sqlite:${path.join(workDir, 'portal.db')}`;
  after(() => rmSync(workDir, { recursive: true, force: true }));

  it('waits for the write lock instead of failing with "database is locked"', async () => {
    const server = openDatabase(url);
    await migrateToLatest(server.db);
    let running = true;
    let writes = 0;
    // The server's writes: each transaction reads the chain's last hash, then appends an event.
    const load = (async () => {
      while (running) {
        await auditRecorder(
          server.db,
          { actorId: null, action: 'user.created', entityType: 'user', entityId: writes },
          new Date(),
        );
        writes++;
        await yieldToEvents();
      }
    })();
    try {
      const results = await Promise.all(
        ['a', 'b', 'c'].map((name) => portalCreatesUser(url, `${name}@example.pl`)),
      );
      for (const result of results) assert.equal(result.code, 0, result.stderr);
    } finally {
      running = false;
      await load;
    }
    assert.ok(writes > 50, `the server kept writing meanwhile (${writes} writes)`);
    const users = await server.db.selectFrom('users').select('email').orderBy('email').execute();
    assert.deepEqual(
      users.map((user) => user.email),
      ['a@example.pl', 'b@example.pl', 'c@example.pl'],
    );
    await server.close();
  });
});
