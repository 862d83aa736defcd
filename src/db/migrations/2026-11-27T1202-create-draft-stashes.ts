import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// What a person typed into an application step when their session had expired: kept for a day under
// a random token (stored hashed) that only their browser holds, and put back once they sign in again.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('draft_stashes')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('draft_stashes_application_idx')
    .on('draft_stashes')
    .columns(['application_id', 'created_at'])
    .execute();
  await db.schema.createIndex('draft_stashes_expires_idx').on('draft_stashes').column('expires_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('draft_stashes').execute();
}
