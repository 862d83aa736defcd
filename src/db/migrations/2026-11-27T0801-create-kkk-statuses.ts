import type { Kysely } from 'kysely';
import { idColumn, instant } from '../migrationSupport.ts';

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kkk_statuses')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id'))
    .addColumn('represented_by_id', 'integer', (c) => c.references('organisations.id'))
    .addColumn('round_number', 'integer', (c) => c.notNull())
    .addColumn('round_year', 'integer')
    .addColumn('document_number', 'text')
    .addColumn('document_date', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kkk_statuses_round_idx')
    .on('kkk_statuses')
    .columns(['round_number', 'cluster_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('kkk_statuses').execute();
}
