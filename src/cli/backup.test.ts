import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { emptyDatabase, migratedDatabase, type TestDatabase } from '../../test/database.ts';
import { tableDigests } from '../db/tableDigest.ts';
import { userCreator } from '../modules/accounts/userCreator.ts';
import { attachmentStore } from '../modules/competition/attachmentStore.ts';
import { systemClock } from '../platform/clock.ts';
import { seedReference } from '../seed/reference.ts';
import { portalBackup, portalRestore } from './backup.ts';

const work = mkdtempSync(path.join(tmpdir(), 'portal-backup-test-'));

describe('portal backup and portal restore', () => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const database of databases) await database.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  it('round-trip the database and every kept file, table by table, checksum by checksum', async () => {
    const source = await migratedDatabase();
    databases.push(source);
    await seedReference(source.db, systemClock);
    await userCreator({
      db: source.db,
      clock: systemClock,
      email: 'kopia@example.pl',
      password: 'bardzo-dlugie-haslo',
      roles: ['operator'],
    });
    const dataDir = path.join(work, 'data');
    const attachment = Buffer.from('%PDF-1.7\nzałącznik wniosku\n%%EOF\n');
    const stored = await attachmentStore(dataDir).save(attachment);
    const archive = path.join(work, 'kopia.tar.gz');
    const said = await portalBackup({ databaseUrl: source.url, dataDir, target: archive, now: new Date() });
    assert.match(said[0] ?? '', /Backup written to .*kopia\.tar\.gz: 1 file\(s\)/);
    if (source.engine === 'postgres') assert.match(said.join('\n'), /pg_dump --format=custom/);

    // The restore target: a new database (on PostgreSQL filled by pg_restore from pg_dump, as documented).
    let targetUrl: string;
    if (source.engine === 'sqlite') targetUrl = `sqlite:${path.join(work, 'restored', 'portal.db')}`;
    else {
      const target = await emptyDatabase();
      databases.push(target);
      const dump = path.join(work, 'kopia.dump');
      execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, source.url]);
      execFileSync('pg_restore', ['--no-owner', `--dbname=${target.url}`, dump]);
      targetUrl = target.url;
    }
    const restoredDir = path.join(work, 'restored-data');
    const restored = await portalRestore({ databaseUrl: targetUrl, dataDir: restoredDir, archive });
    assert.match(restored.join('\n'), /Restored 1 file\(s\).*\nAudit log intact: \d+ events/);
    assert.deepEqual(
      readFileSync(path.join(restoredDir, 'attachments', stored)),
      attachment,
      'the uploaded attachment comes back byte for byte',
    );
    const { openDatabase } = await import('../db/dialect.ts');
    const back = openDatabase(targetUrl, { maxConnections: 1 });
    const [before, afterRestore] = [await tableDigests(source.db), await tableDigests(back.db)];
    await back.close();
    assert.ok(before.some((table) => table.table.endsWith('users') && table.rows === 1));
    assert.ok(before.some((table) => table.table.endsWith('clusters') && table.rows > 0));
    assert.deepEqual(afterRestore, before, 'every table: the same rows and the same checksum');
  });

  it('refuses a folder that is not empty, and an archive whose files were changed', async () => {
    const archive = path.join(work, 'kopia.tar.gz');
    const full = path.join(work, 'full');
    writeFileSync(path.join(work, 'placeholder'), '');
    const database = await emptyDatabase();
    databases.push(database);
    await assert.rejects(
      portalRestore({ databaseUrl: database.url, dataDir: work, archive }),
      /is not empty: restore into an empty folder/,
    );
    // An archive with one attachment edited after the backup.
    const unpacked = path.join(work, 'unpacked');
    execFileSync('mkdir', ['-p', unpacked]);
    execFileSync('tar', ['-xzf', archive, '-C', unpacked]);
    const attachments = path.join(unpacked, 'files', 'attachments');
    const [name] = execFileSync('ls', [attachments], { encoding: 'utf8' }).trim().split('\n');
    writeFileSync(path.join(attachments, name ?? ''), 'zmieniony');
    const tampered = path.join(work, 'zmieniona.tar.gz');
    execFileSync('tar', ['-czf', tampered, '-C', unpacked, '.']);
    const target =
      database.engine === 'sqlite' ? `sqlite:${path.join(work, 'second', 'portal.db')}` : database.url;
    await assert.rejects(
      portalRestore({ databaseUrl: target, dataDir: full, archive: tampered }),
      /Checksum mismatch: attachments\//,
    );
  });
});
