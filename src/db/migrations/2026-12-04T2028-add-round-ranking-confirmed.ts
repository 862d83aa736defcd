import type { Kysely } from 'kysely';

// When the operator confirmed the round's ranking; until then it is provisional and no decision is taken.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rounds').addColumn('ranking_confirmed_at', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rounds').dropColumn('ranking_confirmed_at').execute();
}
