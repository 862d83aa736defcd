import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type DatabaseHandle, engineOfUrl, openDatabase } from '../src/db/dialect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/**
 * The engine the suite runs on: SQLite by default, PostgreSQL when DATABASE_URL says postgres://…
 * (CI runs the whole suite once on each).
 */
export const TEST_DATABASE_URL = process.env.DATABASE_URL?.startsWith('postgres')
  ? process.env.DATABASE_URL
  : 'sqlite:';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  /** PostgreSQL: the schema this database lives in. */
  schema?: string;
  /** Closes the connection and removes the file or schema. */
  destroy(): Promise<void>;
}

/** A new, empty database of the suite's engine: a temporary SQLite file, or a PostgreSQL schema of its own. */
export async function emptyDatabase(): Promise<TestDatabase> {
  const id = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (engineOfUrl(TEST_DATABASE_URL) === 'sqlite') {
    const file = path.join(tmpdir(), `portal-${id}.db`);
    const handle = openDatabase(`sqlite:${file}`);
    return {
      ...handle,
      url: `sqlite:${file}`,
      destroy: async () => {
        await handle.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  const admin = openDatabase(TEST_DATABASE_URL, { maxConnections: 1 });
  await sql`create schema ${sql.id(id)}`.execute(admin.db);
  await admin.close();
  const handle = openDatabase(TEST_DATABASE_URL, { searchPath: id, maxConnections: 4 });
  return {
    ...handle,
    url: TEST_DATABASE_URL,
    schema: id,
    destroy: async () => {
      await sql`drop schema ${sql.id(id)} cascade`.execute(handle.db);
      await handle.close();
    },
  };
}

/** An empty database with every migration applied. */
export async function migratedDatabase(): Promise<TestDatabase> {
  const database = await emptyDatabase();
  await migrateToLatest(database.db, { schema: database.schema });
  return database;
}
