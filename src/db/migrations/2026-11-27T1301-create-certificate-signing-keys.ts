import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// The Ed25519 key pair that signs KKK certificates when CERTIFICATE_SIGNING_KEY is not set: created
// once (id 1) and shared by every app instance, so a certificate verifies wherever it is checked.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('certificate_signing_keys')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('private_key_pem', 'text', (c) => c.notNull())
    .addColumn('public_key_pem', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('certificate_signing_keys').execute();
}
