import type { Kysely } from 'kysely';
import { instant } from '../migrationSupport.ts';

// Each application's stage-1 points summed per criterion over its submitted experts, kept in the
// transaction of every submission or re-opening, so a round's ranking reads one row per application
// instead of every expert's every score. And an index for reading a round's applications by state.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_sums')
    .addColumn('application_id', 'integer', (c) =>
      c.primaryKey().references('applications.id').onDelete('cascade'),
    )
    .addColumn('experts', 'integer', (c) => c.notNull())
    // JSON: criterion code → the sum of the submitted experts' points
    .addColumn('sums', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  // The ranking and the round pages read a round's applications by state.
  await db.schema
    .createIndex('applications_round_state_idx')
    .on('applications')
    .columns(['round_id', 'state'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('applications_round_state_idx').execute();
  await db.schema.dropTable('assessment_sums').execute();
}
