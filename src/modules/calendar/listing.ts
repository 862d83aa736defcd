import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../../db/schema.ts';
import { PORTAL_ZONE } from '../../platform/time.ts';
import { type Occurrence, occurrencesIn } from './occurrences.ts';
import { type EventFilters, eventsOverlapping } from './queries.ts';

export const PAGE_SIZE = 20;
/** How far the list looks ahead (or back) at most: two years. */
const HORIZON_DAYS = 730;

/** Where a page of the list starts: just after (or, for past events, before) this instance. */
export interface Cursor {
  startsAt: string;
  eventId: number;
}

export function formatCursor(occurrence: Occurrence): string {
  return `${occurrence.startsAt}_${occurrence.event.id}`;
}

export function parseCursor(value: string | undefined): Cursor | null | 'invalid' {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_(\d{1,9})$/.exec(value);
  if (!match || Number.isNaN(new Date(match[1] as string).getTime())) return 'invalid';
  return { startsAt: match[1] as string, eventId: Number(match[2]) };
}

function after(occurrence: Occurrence, cursor: Cursor, backwards: boolean): boolean {
  const order = occurrence.startsAt.localeCompare(cursor.startsAt) || occurrence.event.id - cursor.eventId;
  return backwards ? order < 0 : order > 0;
}

/**
 * One page of instances, by keyset: upcoming ones (not yet ended) by start, or past ones (ended) newest
 * first, within the range if given. Looks through growing windows of time so a page costs a few
 * indexed range queries, whatever the number of pages before it.
 */
export async function listPage(
  db: Kysely<Database>,
  props: {
    now: Date;
    past: boolean;
    range: { from: Date | null; to: Date | null };
    filters: EventFilters;
    cursor: Cursor | null;
    size?: number;
  },
): Promise<{ items: Occurrence[]; next: string | null }> {
  const size = props.size ?? PAGE_SIZE;
  const { now, past, cursor } = props;
  const limitFrom = props.range.from?.getTime() ?? -Infinity;
  const limitTo = props.range.to?.getTime() ?? Infinity;
  const anchor = cursor ? new Date(cursor.startsAt).getTime() : past ? now.getTime() : now.getTime();
  const horizon = DateTime.fromJSDate(new Date(anchor), { zone: PORTAL_ZONE });
  const edge = past
    ? Math.max(limitFrom, horizon.minus({ days: HORIZON_DAYS }).toMillis())
    : Math.min(limitTo, horizon.plus({ days: HORIZON_DAYS }).toMillis());
  let span = 31;
  for (;;) {
    const reach = past
      ? Math.max(edge, horizon.minus({ days: span }).toMillis())
      : Math.min(edge, horizon.plus({ days: span }).toMillis());
    const range = past
      ? { from: new Date(Math.max(reach, limitFrom)), to: new Date(Math.min(anchor + 1, limitTo)) }
      : { from: new Date(Math.max(anchor, limitFrom)), to: new Date(Math.min(reach, limitTo)) };
    const found =
      range.from < range.to
        ? await (async () => {
            const { events, changes } = await eventsOverlapping(db, range, props.filters);
            return occurrencesIn(events, changes, range);
          })()
        : [];
    const candidates = found.filter((occurrence) => {
      const ended = new Date(occurrence.endsAt).getTime() <= now.getTime();
      if (past !== ended) return false;
      if (past && new Date(occurrence.startsAt).getTime() < range.from.getTime()) return false;
      return cursor ? after(occurrence, cursor, past) : true;
    });
    if (past) candidates.reverse();
    const exhausted = reach === edge;
    if (candidates.length > size || exhausted) {
      const items = candidates.slice(0, size);
      const last = items[items.length - 1];
      return { items, next: candidates.length > size && last ? formatCursor(last) : null };
    }
    span *= 4;
  }
}
