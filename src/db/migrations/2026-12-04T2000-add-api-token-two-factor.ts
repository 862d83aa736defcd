import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// When the token's creator proved a second factor (a TOTP code, or a verified session): a token
// carries only the rights proven when it was made. Tokens made before this column have none.
// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('two_factor_at', instant).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').dropColumn('two_factor_at').execute();
}
