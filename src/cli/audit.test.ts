import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { userCreator } from '../modules/accounts/userCreator.ts';
import { systemClock } from '../platform/clock.ts';

const PORTAL = path.resolve('bin/portal.js');
const workDir = mkdtempSync(path.join(tmpdir(), 'portal-audit-cli-'));
const databaseFile = path.join(workDir, 'portal.db');

function portal(args: string[]) {
  const result = spawnSync(process.execPath, [PORTAL, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `sqlite:${databaseFile}`, NODE_ENV: 'test' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function rawSql(statement: string, ...params: unknown[]): void {
  const db = new SqliteDatabase(databaseFile);
  db.prepare(statement).run(...params);
  db.close();
}

// An SQLite file of its own, like the other CLI tests; the audit code itself runs on both engines elsewhere.
describe('portal user role and portal audit verify', () => {
  // Set up in-process: each spawned command costs seconds.
  before(async () => {
    const database = openDatabase(`sqlite:${databaseFile}`);
    await migrateToLatest(database.db);
    await userCreator({
      db: database.db,
      clock: systemClock,
      email: 'ala@example.pl',
      password: 'bardzo-dlugie-haslo',
      roles: [],
    });
    await database.close();
  });
  after(() => rmSync(workDir, { recursive: true, force: true }));

  it('grants and revokes a role as the system', () => {
    const granted = portal(['user', 'role', '--email', 'Ala@example.pl', '--add', 'expert']);
    assert.equal(granted.code, 0, granted.stderr);
    assert.equal(
      granted.stdout,
      'Granted role expert to ala@example.pl; roles now: user, expert. Their sessions were ended.\n',
    );
    const revoked = portal(['user', 'role', '--email', 'ala@example.pl', '--remove', 'expert']);
    assert.match(revoked.stdout, /^Revoked role expert from ala@example\.pl; roles now: user\./);
  });

  it('refuses a role change it cannot make, with one line', () => {
    const nobody = portal(['user', 'role', '--email', 'nikt@example.pl', '--add', 'expert']);
    assert.equal(nobody.code, 1);
    assert.equal(nobody.stderr, 'portal: No account with the e-mail nikt@example.pl\n');
    const both = portal(['user', 'role', '--email', 'ala@example.pl', '--add', 'expert', '--remove', 'user']);
    assert.equal(both.stderr, 'portal: Give exactly one of --add <role> or --remove <role>\n');
  });

  it('says the log is intact, then names the event edited behind its back', () => {
    const intact = portal(['audit', 'verify']);
    assert.equal(intact.code, 0, intact.stderr);
    assert.match(intact.stdout, /^Audit log intact: 3 events\nLatest hash: [0-9a-f]{64} /);
    rawSql(`update audit_events set summary = '{"after":{"roles":["admin"]}}' where id = 2`);
    const broken = portal(['audit', 'verify']);
    assert.equal(broken.code, 1);
    assert.equal(
      broken.stderr,
      'portal: audit log broken at event #2: its content does not match its hash (the event was edited)\n',
    );
  });
});
