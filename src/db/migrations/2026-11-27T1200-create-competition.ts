import { type Kysely, sql } from 'kysely';
import { idColumn, instant } from '../migrationSupport.ts';

// The KKK competition's core: programmes (the national one seeded here), rounds with their rules as
// JSON text, applications with their draft and frozen snapshots, attachments, formal checks.
// One application per cluster and round unless withdrawn: a partial unique index, on both engines.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programmes')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_pl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('voivodeship', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db
    .insertInto('programmes')
    .values({
      code: 'kkk',
      name_pl: 'Krajowe Klastry Kluczowe',
      name_en: 'National Key Clusters',
      voivodeship: null,
      created_at: '2026-11-27T12:00:00.000Z',
    })
    .execute();

  await db.schema
    .createTable('rounds')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name_pl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_pl', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opens_at', instant, (c) => c.notNull())
    .addColumn('closes_at', instant, (c) => c.notNull())
    .addColumn('formal_check_due_at', instant)
    .addColumn('assessment_due_at', instant)
    .addColumn('panel_due_at', instant)
    .addColumn('decision_due_at', instant)
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('receipt_counter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('rounds_programme_number_uq', ['programme_id', 'number'])
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id'))
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id'))
    // new | renewal
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('receipt_number', 'text', (c) => c.unique())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text')
    .addColumn('snapshot_sha256', 'text')
    .addColumn('snapshot_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', instant)
    .addColumn('withdrawn_at', instant)
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('applications_round_cluster_uq')
    .on('applications')
    .columns(['round_id', 'cluster_id'])
    .unique()
    .where(sql.ref('state'), '<>', 'withdrawn')
    .execute();
  await db.schema.createIndex('applications_cluster_idx').on('applications').column('cluster_id').execute();

  // Every submitted version, the first and each corrected one; never updated.
  await db.schema
    .createTable('application_snapshots')
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('application_snapshots_pk', ['application_id', 'version'])
    .execute();

  await db.schema
    .createTable('application_attachments')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    // a RequiredAttachment.code of the round's rules
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    // set when a newer file replaces it; the file stays for the snapshots that name it
    .addColumn('superseded_at', instant)
    .execute();
  await db.schema
    .createIndex('application_attachments_application_idx')
    .on('application_attachments')
    .columns(['application_id', 'code'])
    .execute();

  await db.schema
    .createTable('formal_checks')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    .addColumn('snapshot_version', 'integer', (c) => c.notNull())
    // accepted | rejected | corrections
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('correction_fields', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('correction_attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('corrections_due_at', instant)
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('formal_checks_application_idx')
    .on('formal_checks')
    .columns(['application_id', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'formal_checks',
    'application_attachments',
    'application_snapshots',
    'applications',
    'rounds',
    'programmes',
  ])
    await db.schema.dropTable(table).execute();
}
