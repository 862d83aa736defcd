import type { Kysely } from 'kysely';

// An admitted application the operator leaves out of the ranking, with the reason (audited).

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ranking_exclusions')
    .addColumn('application_id', 'integer', (c) => c.primaryKey().references('applications.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('excluded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('excluded_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ranking_exclusions').execute();
}
