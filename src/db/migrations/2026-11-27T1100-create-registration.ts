import type { Kysely } from 'kysely';
import { idColumn, instant } from '../migrationSupport.ts';

// The registration workflow of the registry: the entry criteria an operator edits (seeded with the
// default set of the old map and the European Cluster Collaboration Platform), each registration's
// answers to them as they were asked, the coordinator's details as typed in the form, the operator's
// decisions, pending material changes of published profiles, and uploaded logos.

const DEFAULT_CRITERIA = [
  {
    code: 'agreement',
    kind: 'yes_no',
    minimum: null,
    question_pl:
      'Czy współpraca w klastrze jest sformalizowana pisemną umową lub porozumieniem podpisanym przez członków?',
    question_en: 'Is cooperation in the cluster formalised by a written agreement signed by its members?',
    help_pl: 'Np. umowa konsorcjum, porozumienie o współpracy, statut stowarzyszenia.',
    help_en: 'E.g. a consortium agreement, a cooperation agreement, the statute of an association.',
  },
  {
    code: 'coordinator_legal_person',
    kind: 'yes_no',
    minimum: null,
    question_pl:
      'Czy koordynator klastra jest osobą prawną (np. spółką, fundacją, stowarzyszeniem, uczelnią)?',
    question_en:
      'Is the cluster coordinator a legal person (e.g. a company, foundation, association, university)?',
    help_pl: 'Koordynator organizuje współpracę, świadczy usługi członkom i reprezentuje klaster.',
    help_en: 'The coordinator organises cooperation, serves the members and represents the cluster.',
  },
  {
    code: 'members_total',
    kind: 'number',
    minimum: 10,
    question_pl: 'Ilu członków ma klaster?',
    question_en: 'How many members does the cluster have?',
    help_pl: 'Organizacje, które przystąpiły do umowy klastra, łącznie z koordynatorem.',
    help_en: 'Organisations that have joined the cluster agreement, the coordinator included.',
  },
  {
    code: 'members_enterprises',
    kind: 'number',
    minimum: 1,
    question_pl: 'Ilu członków to przedsiębiorstwa?',
    question_en: 'How many members are enterprises?',
    help_pl:
      'Klaster łączy co najmniej dwa typy członków: przedsiębiorstwa oraz uczelnie lub jednostki naukowe.',
    help_en:
      'A cluster joins at least two types of members: enterprises, and universities or research bodies.',
  },
  {
    code: 'members_research',
    kind: 'number',
    minimum: 1,
    question_pl: 'Ilu członków to uczelnie lub jednostki naukowe?',
    question_en: 'How many members are universities or research organisations?',
    help_pl: 'Uczelnie, instytuty badawcze, instytuty Sieci Łukasiewicz, instytuty PAN.',
    help_en: 'Universities, research institutes, Łukasiewicz and Polish Academy of Sciences institutes.',
  },
  {
    code: 'management_staff',
    kind: 'yes_no',
    minimum: null,
    question_pl: 'Czy klaster ma wyodrębniony personel zarządzający (co najmniej pół etatu)?',
    question_en: 'Does the cluster have dedicated management staff (at least half a full-time post)?',
    help_pl: 'Osoby, których zadaniem jest prowadzenie klastra u koordynatora.',
    help_en: 'People whose job at the coordinator is running the cluster.',
  },
  {
    code: 'website',
    kind: 'yes_no',
    minimum: null,
    question_pl: 'Czy klaster ma stronę internetową przedstawiającą jego działalność?',
    question_en: 'Does the cluster have a website showing its activity?',
    help_pl: null,
    help_en: null,
  },
] as const;

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entry_criteria')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    // yes_no | number (met when the answer is at least the minimum)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('minimum', 'integer')
    .addColumn('question_pl', 'text', (c) => c.notNull())
    .addColumn('question_en', 'text', (c) => c.notNull())
    .addColumn('help_pl', 'text')
    .addColumn('help_en', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('entry_criteria')
    .values(
      DEFAULT_CRITERIA.map((criterion, index) => ({
        ...criterion,
        position: (index + 1) * 10,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();

  // One row per registration (a cluster not yet, or once, published): who started it, when it was
  // last submitted and decided, and the coordinator as typed in the form. The organisation itself is
  // found or created only when an operator approves, so a draft never touches shared organisation data.
  await db.schema
    .createTable('cluster_registrations')
    .addColumn('cluster_id', 'integer', (c) => c.primaryKey().references('clusters.id').onDelete('cascade'))
    .addColumn('started_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('coordinator_name', 'text')
    .addColumn('coordinator_legal_form', 'text')
    .addColumn('coordinator_nip', 'text')
    .addColumn('coordinator_regon', 'text')
    .addColumn('coordinator_krs', 'text')
    .addColumn('coordinator_address', 'text')
    .addColumn('coordinator_city', 'text')
    .addColumn('coordinator_voivodeship', 'text')
    .addColumn('submitted_at', instant)
    .addColumn('decided_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cluster_registrations_submitted_idx')
    .on('cluster_registrations')
    .columns(['submitted_at', 'cluster_id'])
    .execute();

  // The questionnaire as the person answered it, with the question and threshold of that day.
  await db.schema
    .createTable('registration_answers')
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('minimum', 'integer')
    .addColumn('question_pl', 'text', (c) => c.notNull())
    .addColumn('question_en', 'text', (c) => c.notNull())
    // yes_no: 1 or 0; number: the number given
    .addColumn('answer', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_answers_pk', ['cluster_id', 'code'])
    .execute();

  // The operator's decisions: returned (with comments), rejected (with a reason) or approved.
  await db.schema
    .createTable('registration_decisions')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('registration_decisions_cluster_idx')
    .on('registration_decisions')
    .columns(['cluster_id', 'id'])
    .execute();

  // A published profile's material change (name, coordinator) waiting for an operator: pending →
  // approved | rejected. Columns left null are not part of the change.
  await db.schema
    .createTable('cluster_changes')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('coordinator_name', 'text')
    .addColumn('coordinator_legal_form', 'text')
    .addColumn('coordinator_nip', 'text')
    .addColumn('coordinator_regon', 'text')
    .addColumn('coordinator_krs', 'text')
    .addColumn('coordinator_address', 'text')
    .addColumn('coordinator_city', 'text')
    .addColumn('coordinator_voivodeship', 'text')
    .addColumn('coordinator_changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('proposed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_at', instant, (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', instant)
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('cluster_changes_state_idx')
    .on('cluster_changes')
    .columns(['state', 'proposed_at', 'id'])
    .execute();
  await db.schema
    .createIndex('cluster_changes_cluster_idx')
    .on('cluster_changes')
    .columns(['cluster_id', 'state'])
    .execute();

  // A cluster's logo: a checked PNG or JPEG stored under DATA_DIR, outside the web root.
  await db.schema
    .createTable('cluster_logos')
    .addColumn('cluster_id', 'integer', (c) => c.primaryKey().references('clusters.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'cluster_logos',
    'cluster_changes',
    'registration_decisions',
    'registration_answers',
    'cluster_registrations',
    'entry_criteria',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
