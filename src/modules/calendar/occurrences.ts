import { instanceEnd, instanceStarts } from './recurrence.ts';
import type { EventRow, InstanceChangeRow } from './tables.ts';

/** One instance of an event as a visitor sees it: a single event has exactly one. */
export interface Occurrence {
  event: EventRow;
  /** The instance's original start (its RECURRENCE-ID in a series), ISO. */
  originalStart: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  moved: boolean;
}

export interface Range {
  /** Inclusive lower bound of the instant an instance must end after. */
  from: Date;
  /** Exclusive upper bound of the instant an instance must start before. */
  to: Date;
}

/**
 * Whether an instance overlaps the range: it ends after the range starts and starts before it ends
 * (an event ending exactly when the range starts is outside).
 */
export function overlaps(startsAt: Date, endsAt: Date, range: Range): boolean {
  return endsAt.getTime() > range.from.getTime() && startsAt.getTime() < range.to.getTime();
}

/** Every instance of the event (moved and cancelled ones included, marked), in order of start. */
export function occurrencesOf(event: EventRow, changes: readonly InstanceChangeRow[]): Occurrence[] {
  const startsAt = new Date(event.startsAt);
  const endsAt = new Date(event.endsAt);
  const byStart = new Map(changes.map((change) => [new Date(change.originalStart).getTime(), change]));
  return instanceStarts(startsAt, event.rrule)
    .map((start) => {
      const end = instanceEnd(start, startsAt, endsAt, event.allDay === 1);
      const change = byStart.get(start.getTime());
      const moved = change?.kind === 'moved' && change.startsAt !== null && change.endsAt !== null;
      return {
        event,
        originalStart: start.toISOString(),
        startsAt: moved ? new Date(change.startsAt as string).toISOString() : start.toISOString(),
        endsAt: moved ? new Date(change.endsAt as string).toISOString() : end.toISOString(),
        cancelled: event.cancelled === 1 || change?.kind === 'cancelled',
        moved,
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The instances of the events overlapping the range, in order of start (then event id). */
export function occurrencesIn(
  events: readonly EventRow[],
  changes: readonly InstanceChangeRow[],
  range: Range,
): Occurrence[] {
  const changesOf = new Map<number, InstanceChangeRow[]>();
  for (const change of changes)
    changesOf.set(change.eventId, [...(changesOf.get(change.eventId) ?? []), change]);
  return events
    .flatMap((event) => occurrencesOf(event, changesOf.get(event.id) ?? []))
    .filter((occurrence) => overlaps(new Date(occurrence.startsAt), new Date(occurrence.endsAt), range))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.event.id - b.event.id);
}
