import { type Kysely, sql } from 'kysely';
import { idColumn, instant, isPostgres } from '../migrationSupport.ts';

// Every certificate file the portal issued, byte for byte: the download returns exactly these bytes,
// and the file check accepts only a file whose SHA-256 (signed with the portal's key) is listed here.
// `issue_key` names what the file was drawn from (facts, address, key), so changed facts issue anew.
// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('certificate_issues')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('status_id', 'integer', (c) => c.notNull().references('kkk_statuses.id').onDelete('cascade'))
    .addColumn('issue_key', 'text', (c) => c.notNull().unique())
    .addColumn('file_sha256', 'text', (c) => c.notNull().unique())
    .addColumn('file_signature', 'text', (c) => c.notNull())
    .addColumn('pdf', isPostgres(db) ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn('issued_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('certificate_issues_status')
    .on('certificate_issues')
    .column('status_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('certificate_issues').execute();
}
