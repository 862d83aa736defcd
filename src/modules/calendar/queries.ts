import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { searchableText } from '../../platform/text.ts';
import type { EventAccess } from '../../policies/calendar.ts';
import type { Actor } from '../accounts/actor.ts';
import { type Occurrence, occurrencesIn, type Range } from './occurrences.ts';
import type { EventRow, InstanceChangeRow } from './tables.ts';
import './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** What a visitor filters the calendar by (besides the range). */
export interface EventFilters {
  q?: string;
  category?: string;
  voivodeship?: string;
  clusterId?: number;
  mode?: 'online' | 'onsite';
}

/** At most this many words of a query are searched for. */
const MAX_WORDS = 8;

/**
 * Published events with an instance that may overlap the range (the series' first start before the
 * range ends, its last end after the range starts), filtered; with the changes of their instances.
 */
export async function eventsOverlapping(
  db: Db,
  range: Range,
  filters: EventFilters,
  limit = 20_000,
): Promise<{ events: EventRow[]; changes: InstanceChangeRow[] }> {
  let query = db
    .selectFrom('calendarEvents')
    .selectAll()
    .where('state', '=', 'published')
    .where('startsAt', '<', range.to.toISOString())
    .where('lastEndsAt', '>', range.from.toISOString());
  for (const word of searchableText(filters.q).split(' ').filter(Boolean).slice(0, MAX_WORDS))
    query = query.where('folded', 'like', `%${word}%`);
  if (filters.category) query = query.where('category', '=', filters.category);
  if (filters.voivodeship) query = query.where('voivodeship', '=', filters.voivodeship);
  if (filters.clusterId) query = query.where('organiserClusterId', '=', filters.clusterId);
  if (filters.mode === 'online') query = query.where('onlineUrl', 'is not', null);
  if (filters.mode === 'onsite') query = query.where('town', 'is not', null);
  const events = await query.orderBy('startsAt').orderBy('id').limit(limit).execute();
  return {
    events,
    changes: await changesOf(
      db,
      events.filter((event) => event.rrule !== null).map((e) => e.id),
    ),
  };
}

export async function changesOf(db: Db, eventIds: readonly number[]): Promise<InstanceChangeRow[]> {
  if (eventIds.length === 0) return [];
  const rows: InstanceChangeRow[] = [];
  // Chunks keep the parameter list within both engines' limits.
  for (let index = 0; index < eventIds.length; index += 500) {
    const chunk = eventIds.slice(index, index + 500);
    rows.push(
      ...(await db.selectFrom('calendarInstanceChanges').selectAll().where('eventId', 'in', chunk).execute()),
    );
  }
  return rows;
}

/** The instances of published events overlapping the range, filtered, in order of start. */
export async function occurrencesOverlapping(
  db: Db,
  range: Range,
  filters: EventFilters,
): Promise<Occurrence[]> {
  const { events, changes } = await eventsOverlapping(db, range, filters);
  return occurrencesIn(events, changes, range);
}

export async function findEvent(db: Db, id: number): Promise<EventRow | undefined> {
  return db.selectFrom('calendarEvents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The event's place in the policies: its state, proposer, and the actor's relation to its cluster. */
export async function eventAccessOf(
  db: Db,
  actor: Actor | null,
  event: Pick<EventRow, 'state' | 'proposerId' | 'organiserClusterId'>,
): Promise<EventAccess> {
  const clusterId = event.organiserClusterId;
  let onOrganiserTeam = false;
  let organiserTrusted = false;
  if (clusterId !== null) {
    organiserTrusted = await isTrusted(db, clusterId);
    if (actor)
      onOrganiserTeam =
        (await db
          .selectFrom('clusterEditors')
          .select('userId')
          .where('clusterId', '=', clusterId)
          .where('userId', '=', actor.userId)
          .executeTakeFirst()) !== undefined;
  }
  return { state: event.state, proposerId: event.proposerId, onOrganiserTeam, organiserTrusted };
}

export async function isTrusted(db: Db, clusterId: number): Promise<boolean> {
  const row = await db
    .selectFrom('calendarTrustedClusters')
    .select('clusterId')
    .where('clusterId', '=', clusterId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Proposals awaiting a decision, the oldest first. */
export async function moderationQueue(db: Db): Promise<EventRow[]> {
  return db
    .selectFrom('calendarEvents')
    .selectAll()
    .where('state', '=', 'submitted')
    .orderBy('submittedAt')
    .orderBy('id')
    .execute();
}

/** Registered clusters to choose an organiser from, and to name one, by id. */
export async function clusterNames(
  db: Db,
  ids?: readonly number[],
): Promise<Map<number, { name: string; slug: string }>> {
  let query = db.selectFrom('clusters').select(['id', 'name', 'slug']);
  if (ids) {
    if (ids.length === 0) return new Map();
    query = query.where('id', 'in', [...new Set(ids)]);
  }
  const rows = await query.where('status', '=', 'published').orderBy('nameSort').execute();
  return new Map(rows.map((row) => [row.id, { name: row.name, slug: row.slug }]));
}

export async function revisionsOf(db: Db, eventId: number) {
  return db
    .selectFrom('calendarEventRevisions')
    .select(['sequence', 'changedAt'])
    .where('eventId', '=', eventId)
    .orderBy('id', 'desc')
    .execute();
}

/** Newly published events, newest first (the Atom feed). */
export async function recentlyPublished(db: Db, limit: number): Promise<EventRow[]> {
  return db
    .selectFrom('calendarEvents')
    .selectAll()
    .where('state', '=', 'published')
    .orderBy('publishedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
