import type { Kysely } from 'kysely';

// The language a person reads the portal in, so that mail caused by someone else's action (an
// operator's decision, a scheduled reminder) reaches them in it: 'pl' or 'en', Polish by default.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('pl'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('locale').execute();
}
