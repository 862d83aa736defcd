import type { Kysely } from 'kysely';
import { idColumn, instant } from '../migrationSupport.ts';

// Invitations a cluster's owner sends to an address that has no account yet: a single-use link whose
// secret is stored only as its SHA-256; the person becomes an editor once signed in with that address.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('team_invitations')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .addColumn('used_at', instant)
    .execute();
  await db.schema
    .createIndex('team_invitations_cluster_idx')
    .on('team_invitations')
    .columns(['cluster_id', 'email'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('team_invitations').execute();
}
