import { DateTime } from 'luxon';
import { PORTAL_ZONE } from '../../platform/time.ts';

/** No series may have more instances than this (nor be unbounded). */
export const MAX_INSTANCES = 1000;

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The subset of RFC 5545 RRULE the calendar accepts: always bounded by COUNT or UNTIL. */
export interface Recurrence {
  freq: Frequency;
  interval: number;
  count: number | null;
  /** The last local (Warsaw) calendar date an instance may start on, YYYY-MM-DD. */
  untilDate: string | null;
  /** WEEKLY only: the weekdays; empty means the start's own weekday. */
  byDay: Weekday[];
}

/** Why a recurrence is refused: a message key suffix of `calendar.error.*`. */
export type RecurrenceProblem =
  | 'recurrenceUnbounded'
  | 'recurrenceTooMany'
  | 'recurrenceInterval'
  | 'recurrenceUntilBeforeStart'
  | 'recurrenceStartNotOnDay';

/**
 * The RRULE value as stored and sent in feeds. UNTIL is the end of the last allowed local day, in UTC
 * for timed events (RFC 5545 requires UTC when DTSTART has a TZID) and as a DATE for all-day ones.
 */
export function formatRrule(recurrence: Recurrence, allDay: boolean): string {
  const parts = [`FREQ=${recurrence.freq}`];
  if (recurrence.interval > 1) parts.push(`INTERVAL=${recurrence.interval}`);
  if (recurrence.count !== null) parts.push(`COUNT=${recurrence.count}`);
  else if (recurrence.untilDate) {
    const day = DateTime.fromISO(recurrence.untilDate, { zone: PORTAL_ZONE });
    parts.push(
      allDay
        ? `UNTIL=${day.toFormat('yyyyMMdd')}`
        : `UNTIL=${day.endOf('day').toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`,
    );
  }
  if (recurrence.freq === 'WEEKLY' && recurrence.byDay.length > 0)
    parts.push(`BYDAY=${sortDays(recurrence.byDay).join(',')}`);
  return parts.join(';');
}

function sortDays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

/** Reads a stored RRULE back (only what formatRrule writes). */
export function parseRrule(value: string): Recurrence {
  const parts = new Map(
    value.split(';').map((part) => {
      const [key, val] = part.split('=');
      return [key ?? '', val ?? ''] as const;
    }),
  );
  const freq = parts.get('FREQ') as Frequency;
  if (!FREQUENCIES.includes(freq)) throw new RangeError(`Unsupported RRULE: ${value}`);
  const until = parts.get('UNTIL');
  let untilDate: string | null = null;
  if (until) {
    const parsed = until.endsWith('Z')
      ? DateTime.fromFormat(until, "yyyyMMdd'T'HHmmss'Z'", { zone: 'UTC' }).setZone(PORTAL_ZONE)
      : DateTime.fromFormat(until, 'yyyyMMdd', { zone: PORTAL_ZONE });
    untilDate = parsed.toISODate();
  }
  const count = parts.get('COUNT');
  const byDay = (parts.get('BYDAY') ?? '').split(',').filter(Boolean) as Weekday[];
  return {
    freq,
    interval: Number(parts.get('INTERVAL') ?? 1),
    count: count ? Number(count) : null,
    untilDate,
    byDay,
  };
}

/** The local (Warsaw) start of every instance of the series, in order, at most `limit` of them. */
function localStarts(start: DateTime, recurrence: Recurrence, limit: number): DateTime[] {
  const starts: DateTime[] = [];
  const until = recurrence.untilDate
    ? DateTime.fromISO(recurrence.untilDate, { zone: PORTAL_ZONE }).endOf('day')
    : null;
  const max = Math.min(recurrence.count ?? limit, limit);
  const keep = (candidate: DateTime) => {
    if (until && candidate > until) return false;
    starts.push(candidate);
    return starts.length < max;
  };
  const time = { hour: start.hour, minute: start.minute, second: 0, millisecond: 0 };
  if (recurrence.freq === 'WEEKLY') {
    const days =
      recurrence.byDay.length > 0 ? sortDays(recurrence.byDay) : [WEEKDAYS[start.weekday - 1] as Weekday];
    const monday = start.startOf('week');
    for (let week = 0; ; week += recurrence.interval) {
      for (const day of days) {
        // Wall-clock arithmetic in the zone: 10:00 stays 10:00 across a change of offset.
        const candidate = monday.plus({ weeks: week, days: WEEKDAYS.indexOf(day) }).set(time);
        if (candidate < start) continue;
        if (!keep(candidate)) return starts;
      }
      if (until && monday.plus({ weeks: week }) > until) return starts;
    }
  }
  for (let step = 0; ; step += recurrence.interval) {
    const candidate =
      recurrence.freq === 'DAILY'
        ? start.plus({ days: step })
        : start
            .startOf('month')
            .plus({ months: step })
            .set({ day: start.day, ...time });
    // A month without the day (31 February) has no instance, as RFC 5545 says.
    if (recurrence.freq === 'MONTHLY' && candidate.day !== start.day) {
      if (until && candidate > until) return starts;
      continue;
    }
    if (!keep(candidate)) return starts;
    if (until && candidate > until) return starts;
  }
}

/** What is wrong with a recurrence for a series starting at the instant, or null. */
export function recurrenceProblem(startsAt: Date, recurrence: Recurrence): RecurrenceProblem | null {
  if (recurrence.count === null && recurrence.untilDate === null) return 'recurrenceUnbounded';
  if (!Number.isInteger(recurrence.interval) || recurrence.interval < 1 || recurrence.interval > 99)
    return 'recurrenceInterval';
  if (recurrence.count !== null && (recurrence.count < 1 || recurrence.count > MAX_INSTANCES))
    return 'recurrenceTooMany';
  const start = DateTime.fromJSDate(startsAt, { zone: PORTAL_ZONE });
  if (recurrence.untilDate !== null && recurrence.untilDate < (start.toISODate() ?? ''))
    return 'recurrenceUntilBeforeStart';
  if (
    recurrence.freq === 'WEEKLY' &&
    recurrence.byDay.length > 0 &&
    !recurrence.byDay.includes(WEEKDAYS[start.weekday - 1] as Weekday)
  )
    return 'recurrenceStartNotOnDay';
  if (localStarts(start, recurrence, MAX_INSTANCES + 1).length > MAX_INSTANCES) return 'recurrenceTooMany';
  return null;
}

/** The start instants of every instance of a series (or the one start of a single event). */
export function instanceStarts(startsAt: Date, rrule: string | null): Date[] {
  if (!rrule) return [startsAt];
  const start = DateTime.fromJSDate(startsAt, { zone: PORTAL_ZONE });
  return localStarts(start, parseRrule(rrule), MAX_INSTANCES).map((local) => local.toJSDate());
}

/** An instance's end: the same length for timed events; the same number of days for all-day ones. */
export function instanceEnd(instanceStart: Date, startsAt: Date, endsAt: Date, allDay: boolean): Date {
  if (!allDay) return new Date(instanceStart.getTime() + (endsAt.getTime() - startsAt.getTime()));
  const from = DateTime.fromJSDate(startsAt, { zone: PORTAL_ZONE });
  const days = Math.round(DateTime.fromJSDate(endsAt, { zone: PORTAL_ZONE }).diff(from, 'days').days);
  return DateTime.fromJSDate(instanceStart, { zone: PORTAL_ZONE }).plus({ days }).toJSDate();
}
