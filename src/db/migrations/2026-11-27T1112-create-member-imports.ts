import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// A checked members file waiting for the person to confirm it: app processes keep no state, so the
// preview lives here, under a random id, until it is confirmed or expires.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('member_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    // JSON: the preview (valid rows, row errors, summary)
    .addColumn('preview', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('member_imports_expires_idx')
    .on('member_imports')
    .column('expires_at')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('member_imports').execute();
}
