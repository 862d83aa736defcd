import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('leased_until', instant)
    .addColumn('last_started_at', instant)
    .addColumn('last_finished_at', instant)
    .addColumn('last_result', 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_runs').execute();
}
