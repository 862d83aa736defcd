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
  /** Closes the connection and removes the file or schema. */
  destroy(): Promise<void>;
}

/** A new, empty database of the suite's engine: a temporary SQLite file, or a PostgreSQL database of its own. */
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
  // A database of its own per test file, not a schema: Kysely's migrator looks at every schema of
  // its database, and another file dropping its schema meanwhile would break it.
  const admin = openDatabase(TEST_DATABASE_URL, { maxConnections: 1 });
  await sql`create database ${sql.id(id)}`.execute(admin.db);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${id}`;
  const handle = openDatabase(url.toString(), { maxConnections: 4 });
  return {
    ...handle,
    url: url.toString(),
    destroy: async () => {
      await handle.close();
      await dropWhenDisconnected(admin, id);
      await admin.close();
    },
  };
}

/** Closed connections can take a moment to leave the server; drop the database once they have. */
async function dropWhenDisconnected(admin: DatabaseHandle, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await sql`drop database if exists ${sql.id(name)}`.execute(admin.db);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Test database ${name} is still in use`);
}

/** An empty database with every migration applied. */
export async function migratedDatabase(): Promise<TestDatabase> {
  const database = await emptyDatabase();
  await migrateToLatest(database.db);
  return database;
}
