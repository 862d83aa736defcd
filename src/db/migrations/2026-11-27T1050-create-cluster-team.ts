import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// The people who may edit a cluster's profile: the owner (who registered it) and the editors they add.
// One row per person and cluster.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cluster_editors')
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // owner | editor
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_editors_pk', ['cluster_id', 'user_id'])
    .execute();
  await db.schema.createIndex('cluster_editors_user_idx').on('cluster_editors').column('user_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cluster_editors').execute();
}
