import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// One row per cluster and six-month period in which its team was reminded to confirm the data: the
// primary key makes the reminder job safe to run twice, or on two instances at once.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('freshness_reminders')
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    // The calendar date the period's reminder fell due (YYYY-MM-DD).
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('sent_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('freshness_reminders_pk', ['cluster_id', 'due_on'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('freshness_reminders').execute();
}
