import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limits_window_ends_idx')
    .on('rate_limits')
    .column('window_ends_at')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
