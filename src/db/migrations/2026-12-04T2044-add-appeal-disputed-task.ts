import type { Kysely } from 'kysely';

// The expert's score sheet an appeal disputes: a re-assessment replaces it (the rules' default).

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('appeals')
    .addColumn('disputed_task_id', 'integer', (c) => c.references('assessment_tasks.id'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('appeals').dropColumn('disputed_task_id').execute();
}
