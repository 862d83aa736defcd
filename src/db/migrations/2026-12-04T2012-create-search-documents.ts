import type { Kysely } from 'kysely';
import { binaryText } from '../migrationSupport.ts';

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_documents')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    // The title and text folded (no case, no diacritics, ł → l): what a folded query is matched against.
    .addColumn('folded', binaryText(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('search_documents_pkey', ['kind', 'document_id', 'locale'])
    .execute();
  await db.schema
    .createIndex('search_documents_visibility')
    .on('search_documents')
    .columns(['visibility', 'locale'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_documents').execute();
}
