import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// Every status ever granted becomes a full registry entry: its programme, the competition round it came
// from (round_id stays without a foreign key: rounds are another module's table), its state, its
// revocation, the expiry reminders already sent, and the verification code printed on its certificate.
// Existing rows keep their data; each gets a code of its own.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  const add = () => db.schema.alterTable('kkk_statuses');
  await add()
    .addColumn('programme', 'text', (c) => c.notNull().defaultTo('kkk'))
    .execute();
  await add().addColumn('round_id', 'integer').execute();
  // active | expired | revoked
  await add()
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('active'))
    .execute();
  await add().addColumn('expired_at', instant).execute();
  await add().addColumn('revoked_at', instant).execute();
  await add().addColumn('revoked_reason', 'text').execute();
  await add().addColumn('revoked_by', 'integer').execute();
  await add().addColumn('six_month_reminder_at', instant).execute();
  await add().addColumn('three_month_reminder_at', instant).execute();
  await add().addColumn('verification_code', 'text').execute();
  const rows = await db.selectFrom('kkk_statuses').select('id').execute();
  for (const row of rows) {
    await db
      .updateTable('kkk_statuses')
      .set({ verification_code: randomBytes(24).toString('base64url') })
      .where('id', '=', row.id)
      .execute();
  }
  await db.schema
    .createIndex('kkk_statuses_verification_code_idx')
    .on('kkk_statuses')
    .column('verification_code')
    .unique()
    .execute();
  await db.schema
    .createIndex('kkk_statuses_state_idx')
    .on('kkk_statuses')
    .columns(['state', 'valid_until'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('kkk_statuses_state_idx').execute();
  await db.schema.dropIndex('kkk_statuses_verification_code_idx').execute();
  for (const name of [
    'verification_code',
    'three_month_reminder_at',
    'six_month_reminder_at',
    'revoked_by',
    'revoked_reason',
    'revoked_at',
    'expired_at',
    'state',
    'round_id',
    'programme',
  ]) {
    await db.schema.alterTable('kkk_statuses').dropColumn(name).execute();
  }
}
