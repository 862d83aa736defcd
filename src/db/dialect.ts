import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CamelCasePlugin,
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type SqliteDatabase as SqliteDatabaseLike,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import { LRUCache } from 'lru-cache';
import { type Engine, sqlitePath } from '../config.ts';
import type { Database } from './schema.ts';

/** The one module that knows which engine runs; everything else speaks portable Kysely. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to work in (tests give each file a schema of its own). */
  searchPath?: string;
  maxConnections?: number;
}

const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** The PostgreSQL driver, loaded only where PostgreSQL runs (it is not needed on SQLite). */
async function loadPg() {
  const { default: pg } = await import('pg');
  // Instants leave PostgreSQL as ISO strings, exactly as SQLite returns them; counts as numbers.
  pg.types.setTypeParser(TIMESTAMPTZ_OID, (value) => new Date(value).toISOString());
  pg.types.setTypeParser(TIMESTAMP_OID, (value) => new Date(`${value}Z`).toISOString());
  pg.types.setTypeParser(INT8_OID, (value) => Number(value));
  pg.types.setTypeParser(NUMERIC_OID, (value) => Number(value));
  return pg;
}

/** The engine behind a Kysely instance or transaction (for the few queries that must differ). */
export function engineOf(db: { getExecutor(): { adapter: unknown } }): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export function engineOfUrl(url: string): Engine {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

export function openDatabase(url: string, options: OpenOptions = {}): DatabaseHandle {
  return engineOfUrl(url) === 'sqlite' ? openSqlite(url) : openPostgres(url, options);
}

function openSqlite(url: string): DatabaseHandle {
  const file = sqlitePath(url);
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(connection) }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

/**
 * Every transaction takes the write lock when it begins (`BEGIN IMMEDIATE`). Kysely's plain `BEGIN`
 * is deferred: a transaction that reads and then writes cannot upgrade while another process
 * (a `portal` command, a second server) writes, and SQLite then answers "database is locked" at once
 * without honouring `busy_timeout`. Taken at the start, the lock is waited for, up to the timeout.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Kysely prepares every query again; preparing costs more than running most of ours. The app asks
 * the same few hundred queries over and over (values are bound, never part of the text), so each
 * text is prepared once and its statement reused. better-sqlite3 runs one statement at a time and we
 * never stream rows, so a statement is never busy when it is reused.
 */
function withStatementCache(connection: SqliteDatabase.Database): SqliteDatabaseLike {
  const statements = new LRUCache<string, SqliteDatabase.Statement>({ max: 1000 });
  return {
    close: () => connection.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = connection.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, options: OpenOptions): DatabaseHandle {
  const pool = async () =>
    new (await loadPg()).Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/** The pg_dump command that backs up this PostgreSQL database (the password masked). */
export function pgDumpCommand(url: string, target: string): string {
  const safe = new URL(url);
  safe.password = safe.password ? '****' : '';
  return `pg_dump --format=custom --file=${JSON.stringify(target)} "${safe}"`;
}

/** The SQLite file a `sqlite:` address names (for backup and restore). */
export function sqliteFileOf(url: string): string {
  return path.resolve(sqlitePath(url));
}

/** A consistent online copy of the SQLite database (SQLite's backup API: the server may keep writing). */
export async function copySqliteDatabase(url: string, target: string): Promise<void> {
  const connection = new SqliteDatabase(sqlitePath(url), { fileMustExist: true });
  try {
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    await connection.backup(target);
  } finally {
    connection.close();
  }
}
