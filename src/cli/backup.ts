import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create as createTar, extract as extractTar } from 'tar';
import { copySqliteDatabase, engineOfUrl, openDatabase, pgDumpCommand, sqliteFileOf } from '../db/dialect.ts';
import { type TableDigest, tableDigests } from '../db/tableDigest.ts';
import { auditVerifier } from '../platform/audit/verifier.ts';

/** The manifest at the root of every archive: what it holds and how to tell that it is intact. */
interface Manifest {
  format: 'portal-klastrow-backup';
  version: 1;
  createdAt: string;
  engine: 'sqlite' | 'postgres';
  /** The SQLite copy inside the archive; null for PostgreSQL (pg_dump keeps the database). */
  database: { path: string; sha256: string } | null;
  /** Every file of DATA_DIR, by its path relative to it. */
  files: { path: string; size: number; sha256: string }[];
  tables: TableDigest[];
}

const MANIFEST = 'manifest.json';
const DATABASE_ENTRY = 'database/portal.db';
const FILES = 'files';

export interface BackupProps {
  databaseUrl: string;
  dataDir: string;
  target: string;
  now: Date;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Regular files under a folder, as paths relative to it, leaving out those `skip` names. */
async function filesUnder(root: string, skip: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && !skip.has(full)) found.push(path.relative(root, full));
    }
  };
  await walk(root);
  return found.sort();
}

/** The database's own files, which are never copied as plain files (the online copy stands for them). */
function databaseFiles(databaseUrl: string): string[] {
  if (engineOfUrl(databaseUrl) !== 'sqlite') return [];
  const file = sqliteFileOf(databaseUrl);
  return ['', '-wal', '-shm', '-journal'].map((suffix) => `${file}${suffix}`);
}

async function digestsOf(databaseUrl: string): Promise<TableDigest[]> {
  const database = openDatabase(databaseUrl, { maxConnections: 1 });
  try {
    return await tableDigests(database.db);
  } finally {
    await database.close();
  }
}

/**
 * One archive (tar.gz) of everything the portal keeps: on SQLite a consistent online copy of the
 * database, every file under DATA_DIR (attachments, logos, written mail), and a manifest with each
 * file's SHA-256 and each table's row count and digest. On PostgreSQL the database is pg_dump's:
 * the archive holds the files and the manifest, and the command to run is returned.
 */
export async function portalBackup(props: BackupProps): Promise<string[]> {
  const engine = engineOfUrl(props.databaseUrl);
  const target = path.resolve(props.target);
  const staging = await mkdtemp(path.join(tmpdir(), 'portal-backup-'));
  try {
    let database: Manifest['database'] = null;
    let tables: TableDigest[];
    if (engine === 'sqlite') {
      const copy = path.join(staging, DATABASE_ENTRY);
      await copySqliteDatabase(props.databaseUrl, copy);
      // The digests describe the copy itself, so they match what a restore brings back.
      tables = await digestsOf(`sqlite:${copy}`);
      for (const suffix of ['-wal', '-shm']) await rm(`${copy}${suffix}`, { force: true });
      database = { path: DATABASE_ENTRY, sha256: await fileSha256(copy) };
    } else tables = await digestsOf(props.databaseUrl);
    const skip = new Set([...databaseFiles(props.databaseUrl), target, `${target}.part`]);
    const files: Manifest['files'] = [];
    for (const relative of await filesUnder(path.resolve(props.dataDir), skip)) {
      const from = path.join(props.dataDir, relative);
      const to = path.join(staging, FILES, relative);
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(from, to);
      files.push({ path: relative, size: (await stat(to)).size, sha256: await fileSha256(to) });
    }
    const manifest: Manifest = {
      format: 'portal-klastrow-backup',
      version: 1,
      createdAt: props.now.toISOString(),
      engine,
      database,
      files,
      tables,
    };
    await writeFile(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(path.join(staging, FILES), { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    const entries = [MANIFEST, FILES, ...(database ? [path.dirname(DATABASE_ENTRY)] : [])];
    await createTar({ gzip: true, portable: true, file: `${target}.part`, cwd: staging }, entries);
    await rename(`${target}.part`, target);
    const rows = tables.reduce((sum, table) => sum + table.rows, 0);
    const lines = [
      `Backup written to ${target}: ${files.length} file(s), ${tables.length} table(s), ${rows} row(s).`,
    ];
    if (engine === 'postgres')
      lines.push(
        'The archive holds the files and the manifest; back up the database itself with:',
        `  ${pgDumpCommand(props.databaseUrl, `${target.replace(/\.tar\.gz$|\.tgz$/, '')}.dump`)}`,
      );
    return lines;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.length === 0;
}

function differences(expected: TableDigest[], actual: TableDigest[]): string[] {
  const found = new Map(actual.map((table) => [table.table, table]));
  const problems: string[] = [];
  for (const table of expected) {
    const restored = found.get(table.table);
    if (!restored) problems.push(`${table.table}: missing`);
    else if (restored.rows !== table.rows)
      problems.push(`${table.table}: ${restored.rows} rows, ${table.rows} expected`);
    else if (restored.sha256 !== table.sha256) problems.push(`${table.table}: content differs`);
  }
  return problems;
}

/**
 * Restores an archive of `portal backup` into an empty DATA_DIR (and, on SQLite, a database file that
 * does not exist yet): every checksum is verified before anything is written, then each table's rows
 * are compared with the manifest and the audit chain is verified. On PostgreSQL the database is
 * restored first with pg_restore; this then restores the files and checks the database against the
 * manifest.
 */
export async function portalRestore(props: { databaseUrl: string; dataDir: string; archive: string }) {
  const dataDir = path.resolve(props.dataDir);
  const engine = engineOfUrl(props.databaseUrl);
  if (!(await isEmptyFolder(dataDir)))
    throw new RestoreError(`DATA_DIR ${dataDir} is not empty: restore into an empty folder`);
  if (engine === 'sqlite' && (await stat(sqliteFileOf(props.databaseUrl)).catch(() => null)))
    throw new RestoreError(
      `The database ${sqliteFileOf(props.databaseUrl)} already exists: restore into a new one`,
    );
  const staging = await mkdtemp(path.join(tmpdir(), 'portal-restore-'));
  try {
    await extractTar({ file: path.resolve(props.archive), cwd: staging, strict: true });
    const manifest = JSON.parse(await readFile(path.join(staging, MANIFEST), 'utf8')) as Manifest;
    if (manifest.format !== 'portal-klastrow-backup' || manifest.version !== 1)
      throw new RestoreError('Not an archive of portal backup');
    if (manifest.engine !== engine)
      throw new RestoreError(`The archive is of a ${manifest.engine} portal; DATABASE_URL names ${engine}`);
    for (const file of manifest.files)
      if ((await fileSha256(path.join(staging, FILES, file.path)).catch(() => null)) !== file.sha256)
        throw new RestoreError(`Checksum mismatch: ${file.path}`);
    if (
      manifest.database &&
      (await fileSha256(path.join(staging, manifest.database.path))) !== manifest.database.sha256
    )
      throw new RestoreError('Checksum mismatch: the database copy');
    for (const file of manifest.files) {
      const to = path.join(dataDir, file.path);
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(path.join(staging, FILES, file.path), to);
    }
    if (manifest.database) {
      const file = sqliteFileOf(props.databaseUrl);
      await mkdir(path.dirname(file), { recursive: true });
      await copyFile(path.join(staging, manifest.database.path), file);
    }
    const problems = differences(manifest.tables, await digestsOf(props.databaseUrl));
    if (problems.length > 0)
      throw new RestoreError(
        `The database does not match the archive (${problems.slice(0, 5).join('; ')})${
          engine === 'postgres' ? ': restore it with pg_restore first' : ''
        }`,
      );
    const database = openDatabase(props.databaseUrl, { maxConnections: 1 });
    const verdict = await auditVerifier(database.db).finally(() => database.close());
    if (!verdict.ok) throw new RestoreError(`Audit log broken at event #${verdict.rowId}: ${verdict.reason}`);
    return [
      `Restored ${manifest.files.length} file(s) into ${dataDir}; ${manifest.tables.length} table(s) match the manifest.`,
      `Audit log intact: ${verdict.count} events`,
    ];
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
