import type { Kysely } from 'kysely';
import { binaryText, idColumn, instant } from '../migrationSupport.ts';

// The events calendar: events (one row per event or series), changes of single instances of a series
// (cancelled or moved), the history of edits, and the clusters whose team publishes without review.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_events')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('uid', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('proposer_id', 'integer', (c) => c.references('users.id'))
    .addColumn('title_pl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('description_pl', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text')
    .addColumn('starts_at', instant, (c) => c.notNull())
    .addColumn('ends_at', instant, (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rrule', 'text')
    // The end of the last instance (the event's own end when it does not recur): the range query's bound.
    .addColumn('last_ends_at', instant, (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('town', 'text')
    .addColumn('voivodeship', 'text')
    .addColumn('online_url', 'text')
    .addColumn('organiser_kind', 'text', (c) => c.notNull())
    .addColumn('organiser_cluster_id', 'integer', (c) => c.references('clusters.id'))
    .addColumn('organiser_name', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('cost', 'text')
    .addColumn('registration_url', 'text')
    .addColumn('registration_deadline', instant)
    .addColumn('round_id', 'integer', (c) => c.references('rounds.id'))
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('moderation_comment', 'text')
    .addColumn('folded', binaryText(db), (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('submitted_at', instant)
    .addColumn('published_at', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_events_range')
    .on('calendar_events')
    .columns(['state', 'starts_at', 'last_ends_at'])
    .execute();
  await db.schema
    .createIndex('calendar_events_queue')
    .on('calendar_events')
    .columns(['state', 'submitted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('calendar_events_cluster')
    .on('calendar_events')
    .columns(['organiser_cluster_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('calendar_instance_changes')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('calendar_events.id'))
    // The instance's original start (its RECURRENCE-ID).
    .addColumn('original_start', instant, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', instant)
    .addColumn('ends_at', instant)
    .addColumn('changed_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_instance_changes_pkey', ['event_id', 'original_start'])
    .execute();

  await db.schema
    .createTable('calendar_event_revisions')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('calendar_events.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('changed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('changed_at', instant, (c) => c.notNull())
    // The event's fields as they were before the change (JSON).
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_event_revisions_event')
    .on('calendar_event_revisions')
    .columns(['event_id', 'id'])
    .execute();

  await db.schema
    .createTable('calendar_trusted_clusters')
    .addColumn('cluster_id', 'integer', (c) => c.primaryKey().references('clusters.id'))
    .addColumn('granted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('granted_at', instant, (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_trusted_clusters').execute();
  await db.schema.dropTable('calendar_event_revisions').execute();
  await db.schema.dropTable('calendar_instance_changes').execute();
  await db.schema.dropTable('calendar_events').execute();
}
