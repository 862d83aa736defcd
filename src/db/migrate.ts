import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
} from 'kysely';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_FILE = /^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+\.ts$/;

/** Loads every date-prefixed migration file; the name (without extension) is the migration's key. */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((file) => MIGRATION_FILE.test(file)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      migrations[file.replace(/\.ts$/, '')] = await import(
        pathToFileURL(path.join(MIGRATIONS_DIR, file)).href
      );
    }
    return migrations;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the migrator works below the app's types
export function migratorFor(db: Kysely<any>): Migrator {
  // Migrations name columns in snake_case themselves, so they run without the camelCase plugin.
  return new Migrator({ db: db.withoutPlugins(), provider: new FolderMigrationProvider() });
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
// biome-ignore lint/suspicious/noExplicitAny: see migratorFor
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return applied(await migratorFor(db).migrateToLatest());
}

function applied({ error, results = [] }: MigrationResultSet): string[] {
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`.replace('  ', ' '));
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
