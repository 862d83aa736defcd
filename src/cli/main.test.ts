import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { pgDumpCommand } from '../db/dialect.ts';

const PORTAL = path.resolve('bin/portal.js');
const workDir = mkdtempSync(path.join(tmpdir(), 'portal-cli-'));
const databaseFile = path.join(workDir, 'portal.db');

function portal(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [PORTAL, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `sqlite:${databaseFile}`, NODE_ENV: 'test', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The CLI is exercised on an SQLite file of its own; the same commands' database code runs on
// PostgreSQL in the rest of the suite.
describe('the portal command', () => {
  after(() => rmSync(workDir, { recursive: true, force: true }));

  it('migrates, and says so once', () => {
    const first = portal(['migrate']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Applied \d+ migration/);
    assert.match(portal(['migrate']).stdout, /The database is up to date/);
  });

  it('creates a user with argon2id and the roles asked for', () => {
    const created = portal([
      'user',
      'create',
      '--email',
      'Admin@Example.PL',
      '--password',
      'bardzo-dlugie-haslo',
      '--role',
      'admin',
      '--name',
      'Ala',
    ]);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Created user admin@example\.pl .*roles: user, admin/);
    const db = new SqliteDatabase(databaseFile, { readonly: true });
    const row = db.prepare('select password_hash from users where email = ?').get('admin@example.pl') as {
      password_hash: string;
    };
    db.close();
    assert.match(row.password_hash, /^\$argon2id\$/);
  });

  it('refuses bad input with one line and a non-zero exit', () => {
    const duplicate = portal([
      'user',
      'create',
      '--email',
      'admin@example.pl',
      '--password',
      'bardzo-dlugie-haslo',
    ]);
    assert.equal(duplicate.code, 1);
    assert.equal(duplicate.stderr, 'portal: An account with the e-mail admin@example.pl already exists\n');
    const role = portal([
      'user',
      'create',
      '--email',
      'b@example.pl',
      '--password',
      'bardzo-dlugie-haslo',
      '--role',
      'king',
    ]);
    assert.equal(role.code, 1);
    assert.match(role.stderr, /^portal: Unknown role: king\n$/);
    const config = portal(['migrate'], { DATABASE_URL: 'mysql://nope' });
    assert.equal(config.code, 1);
    assert.match(config.stderr, /^portal: Invalid configuration: DATABASE_URL must be/);
  });

  it('loads and removes demo data', () => {
    const seeded = portal(['seed', '--demo']);
    assert.equal(seeded.code, 0, seeded.stderr);
    assert.match(
      seeded.stdout,
      /Reference data: 7 record\(s\) added\.\nKKK history \(rounds II and V\): 17 status\(es\) added\.\nDemo data loaded\./,
    );
    const removed = portal(['seed', '--remove-demo']);
    assert.match(removed.stdout, /Removed \d+ demo record\(s\)\./);
  });

  it('rebuilds portal-wide search from every module', () => {
    const connection = new SqliteDatabase(databaseFile);
    connection.prepare('delete from search_documents').run();
    const rebuilt = portal(['search', 'reindex']);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.match(rebuilt.stdout, /cluster: \d+ record\(s\) indexed\nkkkStatus: \d+ record\(s\) indexed/);
    const kinds = connection
      .prepare(
        "select kind, count(*) as n from search_documents where locale = 'pl' group by kind order by kind",
      )
      .all() as { kind: string; n: number }[];
    connection.close();
    assert.deepEqual(
      kinds.map((row) => row.kind),
      ['cluster', 'kkkStatus'],
    );
  });

  it('runs every scheduled job once and says what each did', () => {
    const run = portal(['jobs', 'run']);
    assert.equal(run.code, 0, run.stderr);
    const jobs = [
      'kkk-status-expirer',
      'kkk-status-expiry-reminder',
      'registry-freshness-reminder',
      'competition-expired-corrections',
      'competition-expired-draft-stashes',
    ];
    for (const job of jobs) assert.match(run.stdout, new RegExp(`^${job}: \\d+$`, 'm'));
    const db = new SqliteDatabase(databaseFile, { readonly: true });
    const rows = db.prepare('select count(*) as n from job_runs where leased_until is null').get() as {
      n: number;
    };
    db.close();
    assert.equal(rows.n, jobs.length, 'each lease given back');
  });

  it('backs up SQLite online into one archive, restores it, and tells how to back up PostgreSQL', () => {
    const target = path.join(workDir, 'copy.tar.gz');
    const dataDir = path.join(workDir, 'data');
    const backup = portal(['backup', target], { DATA_DIR: dataDir });
    assert.equal(backup.code, 0, backup.stderr);
    assert.ok(existsSync(target));
    const restoredFile = path.join(workDir, 'restored', 'portal.db');
    const restoreEnv = { DATABASE_URL: `sqlite:${restoredFile}`, DATA_DIR: path.join(workDir, 'restored') };
    const restored = portal(['restore', target], restoreEnv);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, /Audit log intact: \d+ events/);
    const copy = new SqliteDatabase(restoredFile, { readonly: true });
    // The real clusters only: round I's seven holders and those added by the history of rounds II and V.
    assert.equal((copy.prepare('select count(*) as n from clusters').get() as { n: number }).n, 19);
    copy.close();
    const again = portal(['restore', target], restoreEnv);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /is not empty: restore into an empty folder/);
    assert.equal(
      pgDumpCommand('postgres://portal:secret@db.example/portal', 'x.dump'),
      'pg_dump --format=custom --file="x.dump" "postgres://portal:****@db.example/portal"',
    );
  });
});
