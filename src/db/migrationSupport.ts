import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// Helpers for migrations only. Migrations are frozen in time, so these may gain new functions
// but an existing function's output must never change.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the schema as it was, not the app's types
type AnyDb = Kysely<any>;

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An integer primary key the database numbers itself. */
export function idColumn(db: AnyDb) {
  const postgres = isPostgres(db);
  return (column: ColumnDefinitionBuilder) =>
    postgres ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey().autoIncrement();
}

/** UTC instants: timestamptz in PostgreSQL; in SQLite the same name stores the ISO 8601 text. */
export const instant = sql`timestamptz`;

/** Text that sorts the Polish way (Ł between L and M) where the engine can; SQLite sorts in code. */
export function polishText(db: AnyDb) {
  return isPostgres(db) ? sql`text collate "pl-PL-x-icu"` : sql`text`;
}

/** A key compared byte by byte (the app stores Polish sort keys in it). */
export function binaryText(db: AnyDb) {
  return isPostgres(db) ? sql`text collate "C"` : sql`text`;
}
