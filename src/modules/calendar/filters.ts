import { DateTime } from 'luxon';
import { invalid } from '../../platform/domainError.ts';
import { PORTAL_ZONE } from '../../platform/time.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { VOIVODESHIPS } from '../registry/voivodeships.ts';
import { CATEGORIES } from './categories.ts';
import { parseCalendarDate } from './dates.ts';
import type { Range } from './occurrences.ts';
import type { EventFilters } from './queries.ts';

/** The query string of every calendar view (pages, feeds and the API name the filters alike). */
export interface FilterQuery {
  from?: string;
  to?: string;
  q?: string;
  category?: string;
  voivodeship?: string;
  cluster?: string | number;
  mode?: string;
}

export const MAX_RANGE_DAYS = 366;

export interface ParsedFilters {
  filters: EventFilters;
  /** The range asked for (Warsaw days, the last one included), if any. */
  range: { from: Date | null; to: Date | null };
  /** The filters as typed, ISO dates, for links and forms. */
  query: Record<string, string>;
}

const text = (value: unknown) =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** The start of a Warsaw day as an instant. */
export function dayStart(isoDate: string): Date {
  return DateTime.fromISO(isoDate, { zone: PORTAL_ZONE }).startOf('day').toJSDate();
}

/**
 * Reads the filters; a date in another shape, a day that does not exist, a range ending before it
 * starts or longer than a year, or an unknown choice is refused with a message per field.
 */
export function parseFilters(input: FilterQuery): ParsedFilters {
  const problems: Record<string, MessageKey> = {};
  const query: Record<string, string> = {};
  const dates: Record<'from' | 'to', string | null> = { from: null, to: null };
  for (const name of ['from', 'to'] as const) {
    const value = text(input[name]);
    if (value === '') continue;
    const parsed = parseCalendarDate(value);
    if ('problem' in parsed) problems[name] = `calendar.error.${parsed.problem}`;
    else {
      dates[name] = parsed.date;
      query[name] = parsed.date;
    }
  }
  if (dates.from && dates.to) {
    if (dates.to < dates.from) problems.to = 'calendar.error.rangeEndBeforeStart';
    else if (DateTime.fromISO(dates.to).diff(DateTime.fromISO(dates.from), 'days').days >= MAX_RANGE_DAYS)
      problems.to = 'calendar.error.rangeTooLong';
  }
  const filters: EventFilters = {};
  const q = text(input.q).slice(0, 200);
  if (q) filters.q = query.q = q;
  const category = text(input.category);
  if (category) {
    if ((CATEGORIES as readonly string[]).includes(category)) filters.category = query.category = category;
    else problems.category = 'calendar.error.choose';
  }
  const voivodeship = text(input.voivodeship);
  if (voivodeship) {
    if (voivodeship in VOIVODESHIPS) filters.voivodeship = query.voivodeship = voivodeship;
    else problems.voivodeship = 'calendar.error.choose';
  }
  const cluster = text(input.cluster);
  if (cluster) {
    if (/^\d{1,9}$/.test(cluster)) {
      filters.clusterId = Number(cluster);
      query.cluster = cluster;
    } else problems.cluster = 'calendar.error.choose';
  }
  const mode = text(input.mode);
  if (mode) {
    if (mode === 'online' || mode === 'onsite') filters.mode = query.mode = mode;
    else problems.mode = 'calendar.error.choose';
  }
  if (Object.keys(problems).length > 0) throw invalid(problems, 'calendar.error.summary');
  return {
    filters,
    range: {
      from: dates.from ? dayStart(dates.from) : null,
      // The last day is included: the range ends at the next midnight.
      to: dates.to
        ? DateTime.fromJSDate(dayStart(dates.to), { zone: PORTAL_ZONE }).plus({ days: 1 }).toJSDate()
        : null,
    },
    query,
  };
}

/** The query string of the filters (and more), in a stable order, for links. */
export function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const key of [
    'from',
    'to',
    'q',
    'category',
    'voivodeship',
    'cluster',
    'mode',
    'past',
    'month',
    'page',
  ]) {
    const value = values[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A closed range for a feed or the API: the one asked for, else from a month ago to a year ahead. */
export function rangeOrDefault(parsed: ParsedFilters, now: Date): Range {
  const today = DateTime.fromJSDate(now, { zone: PORTAL_ZONE }).startOf('day');
  const from = parsed.range.from ?? today.minus({ months: 1 }).toJSDate();
  const to =
    parsed.range.to ??
    DateTime.fromJSDate(from, { zone: PORTAL_ZONE }).plus({ days: MAX_RANGE_DAYS }).toJSDate();
  return { from, to };
}
