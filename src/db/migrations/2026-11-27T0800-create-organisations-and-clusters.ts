import type { Kysely } from 'kysely';
import { binaryText, idColumn, instant, polishText } from '../migrationSupport.ts';

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('name', polishText(db), (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('voivodeship', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('clusters')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', polishText(db), (c) => c.notNull())
    .addColumn('name_sort', binaryText(db), (c) => c.notNull())
    .addColumn('coordinator_id', 'integer', (c) => c.references('organisations.id'))
    .addColumn('voivodeship', 'text')
    .addColumn('description_pl', 'text')
    .addColumn('description_en', 'text')
    .addColumn('website', 'text')
    .addColumn('profile_completed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clusters_name_sort_idx').on('clusters').columns(['name_sort', 'id']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('clusters').execute();
  await db.schema.dropTable('organisations').execute();
}
