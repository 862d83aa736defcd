import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

export interface TableDigest {
  table: string;
  rows: number;
  /** SHA-256 over the table's rows, each as JSON, in sorted order: the same data gives the same digest. */
  sha256: string;
}

function cell(value: unknown): unknown {
  if (value instanceof Uint8Array) return `base64:${Buffer.from(value).toString('base64')}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * Every table of the database (the migrator's own excluded) with its row count and a digest of its
 * content, through Kysely's introspection, so it reads the same way on both engines. Two databases
 * of one engine with the same data give the same digests (a backup and its restore).
 */
// biome-ignore lint/suspicious/noExplicitAny: it reads every table, below the app's types
export async function tableDigests(db: Kysely<any>): Promise<TableDigest[]> {
  const plain = db.withoutPlugins();
  const tables = (await plain.introspection.getTables())
    .filter((table) => !table.isView)
    .map((table) => (table.schema ? `${table.schema}.${table.name}` : table.name))
    .sort();
  const digests: TableDigest[] = [];
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(plain);
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((column) => [column, cell(row[column])]),
        ),
      )
      .sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    digests.push({ table, rows: rows.length, sha256: hash.digest('hex') });
  }
  return digests;
}
