import type { Kysely } from 'kysely';
import { idColumn, instant } from '../migrationSupport.ts';

// The substantive assessment of applications: experts' declared interests, their tasks (stage 1 and
// panel) with the points and justifications per criterion, the panel's presentations and consensus,
// the minister's decisions and the applicants' appeals.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('expert_interests')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('expert_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // One of the two: an organisation's NIP, or a cluster of the registry.
    .addColumn('nip', 'text')
    .addColumn('cluster_id', 'integer', (c) => c.references('clusters.id').onDelete('cascade'))
    .addColumn('note', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expert_interests_expert_idx')
    .on('expert_interests')
    .column('expert_id')
    .execute();

  await db.schema
    .createTable('assessment_tasks')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    .addColumn('expert_id', 'integer', (c) => c.notNull().references('users.id'))
    // stage1 | panel
    .addColumn('stage', 'text', (c) => c.notNull())
    // assigned | declared | submitted | conflict
    .addColumn('state', 'text', (c) => c.notNull())
    // initial | replacement | divergence | appeal | panel
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('assigned_at', instant, (c) => c.notNull())
    .addColumn('due_at', instant)
    .addColumn('declared_at', instant)
    .addColumn('conflict_reason', 'text')
    .addColumn('submitted_at', instant)
    .addColumn('reopened_at', instant)
    .addUniqueConstraint('assessment_tasks_once', ['application_id', 'expert_id', 'stage'])
    .execute();
  await db.schema
    .createIndex('assessment_tasks_expert_idx')
    .on('assessment_tasks')
    .columns(['expert_id', 'state'])
    .execute();

  await db.schema
    .createTable('assessment_scores')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('assessment_tasks.id').onDelete('cascade'))
    .addColumn('criterion_code', 'text', (c) => c.notNull())
    .addColumn('points', 'integer')
    .addColumn('justification', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_scores_pk', ['task_id', 'criterion_code'])
    .execute();

  await db.schema
    .createTable('panel_members')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('expert_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('added_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('panel_members_pk', ['round_id', 'expert_id'])
    .execute();

  await db.schema
    .createTable('panel_presentations')
    .addColumn('application_id', 'integer', (c) =>
      c.primaryKey().references('applications.id').onDelete('cascade'),
    )
    .addColumn('starts_at', instant, (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('online_url', 'text')
    .addColumn('scheduled_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('panel_reports')
    .addColumn('application_id', 'integer', (c) =>
      c.primaryKey().references('applications.id').onDelete('cascade'),
    )
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('written_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('written_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('panel_consensus_scores')
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    .addColumn('criterion_code', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('panel_consensus_scores_pk', ['application_id', 'criterion_code'])
    .execute();

  await db.schema
    .createTable('assessment_decisions')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    // granted | refused
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text', (c) => c.notNull())
    // Calendar dates (YYYY-MM-DD)
    .addColumn('document_date', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('status_id', 'integer')
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('recorded_at', instant, (c) => c.notNull())
    .addColumn('notified_at', instant)
    // Set when an appeal re-opens the assessment: the decision no longer stands.
    .addColumn('superseded_at', instant)
    .execute();
  await db.schema
    .createIndex('assessment_decisions_application_idx')
    .on('assessment_decisions')
    .column('application_id')
    .execute();

  await db.schema
    .createTable('appeals')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    .addColumn('decision_id', 'integer', (c) => c.notNull().references('assessment_decisions.id'))
    .addColumn('filed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('filed_at', instant, (c) => c.notNull())
    // filed | dismissed | reassessment
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('resolved_at', instant)
    .addColumn('reassessment_task_id', 'integer', (c) => c.references('assessment_tasks.id'))
    .addUniqueConstraint('appeals_once_per_decision', ['decision_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'appeals',
    'assessment_decisions',
    'panel_consensus_scores',
    'panel_reports',
    'panel_presentations',
    'panel_members',
    'assessment_scores',
    'assessment_tasks',
    'expert_interests',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
