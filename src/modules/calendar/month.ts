import { DateTime } from 'luxon';
import { invalid } from '../../platform/domainError.ts';
import { type Locale, PORTAL_ZONE } from '../../platform/time.ts';
import type { Range } from './occurrences.ts';
import { daysCovered, type OccurrenceView } from './presenters.ts';

/** The month asked for (YYYY-MM), or the current one; another shape is a field error. */
export function parseMonth(value: string | undefined, now: Date): DateTime {
  if (!value) return DateTime.fromJSDate(now, { zone: PORTAL_ZONE }).startOf('month');
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = match
    ? DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone: PORTAL_ZONE })
    : null;
  if (!month?.isValid || month.year < 1900 || month.year > 2200)
    throw invalid({ month: 'calendar.error.dateFormat' }, 'calendar.error.summary');
  return month;
}

export function monthRange(month: DateTime): Range {
  return { from: month.toJSDate(), to: month.plus({ months: 1 }).toJSDate() };
}

export interface MonthDay {
  date: string;
  day: number;
  label: string;
  inMonth: boolean;
  today: boolean;
  events: OccurrenceView[];
}

/** The grid of a month: whole weeks Monday to Sunday, each day with the instances covering it. */
export function monthGrid(month: DateTime, views: readonly OccurrenceView[], locale: Locale, now: Date) {
  const intl = locale === 'pl' ? 'pl-PL' : 'en-GB';
  const byDay = new Map<string, OccurrenceView[]>();
  for (const view of views)
    for (const day of daysCovered(view.startsAt, view.endsAt))
      byDay.set(day, [...(byDay.get(day) ?? []), view]);
  const today = DateTime.fromJSDate(now, { zone: PORTAL_ZONE }).toISODate();
  const weeks: MonthDay[][] = [];
  let day = month.startOf('week');
  const end = month.endOf('month').endOf('week');
  const dayLabel = new Intl.DateTimeFormat(intl, {
    day: 'numeric',
    month: 'long',
    weekday: 'long',
    timeZone: 'UTC',
  });
  while (day <= end) {
    const week: MonthDay[] = [];
    for (let index = 0; index < 7; index += 1) {
      const date = day.toISODate() as string;
      week.push({
        date,
        day: day.day,
        label: dayLabel.format(new Date(`${date}T12:00:00Z`)),
        inMonth: day.month === month.month,
        today: date === today,
        events: byDay.get(date) ?? [],
      });
      day = day.plus({ days: 1 });
    }
    weeks.push(week);
  }
  const weekdayFormat = new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' });
  const shortFormat = new Intl.DateTimeFormat(intl, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2024, 0, 1 + index, 12));
    return { long: weekdayFormat.format(date), short: shortFormat.format(date) };
  });
  return {
    title: new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(month.year, month.month - 1, 15)),
    ),
    weekdays,
    weeks,
    previous: month.minus({ months: 1 }).toFormat('yyyy-MM'),
    next: month.plus({ months: 1 }).toFormat('yyyy-MM'),
  };
}
