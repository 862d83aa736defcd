import { DateTime, FixedOffsetZone } from 'luxon';

export const PORTAL_ZONE = 'Europe/Warsaw';

export type Locale = 'pl' | 'en';

const WALL_CLOCK = "yyyy-MM-dd'T'HH:mm:ss";

const INTL_LOCALE: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: PORTAL_ZONE, ...options });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** An instant as a Warsaw wall-clock date and time, e.g. "27 listopada 2026, 09:30". */
export function formatDateTime(instant: string | Date, locale: Locale): string {
  return formatter(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
}

/** An instant as a Warsaw calendar date, e.g. "27 listopada 2026". */
export function formatDate(instant: string | Date, locale: Locale): string {
  return formatter(locale, { dateStyle: 'long' }).format(new Date(instant));
}

/** A calendar date (YYYY-MM-DD, no time of day) as written in the locale. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  // A calendar date has no zone: read and write it in UTC so no offset can move it a day.
  return formatter(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * The UTC instant of a Warsaw wall-clock time. A time skipped when clocks move forward
 * ("2026-03-29T02:30") is refused; a time that happens twice when they move back ("2026-10-25T02:30")
 * resolves to its first, summer-time occurrence, as Temporal's "compatible" rule does.
 */
export function warsawToInstant(localDateTime: string): Date {
  const guess = DateTime.fromISO(localDateTime, { zone: PORTAL_ZONE });
  if (!guess.isValid) throw new RangeError(`Not a valid date and time: ${localDateTime}`);
  const wallClock = DateTime.fromISO(localDateTime, { zone: 'UTC' }).toFormat(WALL_CLOCK);
  const offsets = new Set([guess.offset, guess.minus({ days: 1 }).offset, guess.plus({ days: 1 }).offset]);
  const matches = [...offsets]
    .map((offset) => DateTime.fromISO(localDateTime, { zone: FixedOffsetZone.instance(offset) }))
    .filter((candidate) => candidate.setZone(PORTAL_ZONE).toFormat(WALL_CLOCK) === wallClock)
    .map((candidate) => candidate.toJSDate())
    .sort((a, b) => a.getTime() - b.getTime());
  const first = matches[0];
  if (!first) throw new RangeError(`${localDateTime} does not exist in ${PORTAL_ZONE} (clocks move forward)`);
  return first;
}

/** The Warsaw wall-clock value of an instant, as used by datetime-local inputs ("2026-11-27T09:30"). */
export function instantToWarsaw(instant: string | Date): string {
  return DateTime.fromJSDate(new Date(instant), { zone: PORTAL_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The Warsaw calendar date (YYYY-MM-DD) of an instant: "today" for validity dates and deadlines. */
export function warsawDate(instant: string | Date): string {
  return DateTime.fromJSDate(new Date(instant), { zone: PORTAL_ZONE }).toISODate() ?? '';
}
