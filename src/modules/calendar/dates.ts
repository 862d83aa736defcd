import { DateTime } from 'luxon';

export type DateProblem = 'dateFormat' | 'dateInvalid';

/**
 * A calendar date typed as DD.MM.RRRR (the Polish way, also D.M.RRRR) or ISO YYYY-MM-DD, as ISO; a
 * date that does not exist (31.02.2026) or another shape is a problem.
 */
export function parseCalendarDate(value: string): { date: string } | { problem: DateProblem } {
  const text = value.trim();
  const polish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let parts: { year: number; month: number; day: number } | null = null;
  if (polish) parts = { day: Number(polish[1]), month: Number(polish[2]), year: Number(polish[3]) };
  else if (iso) parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  if (!parts) return { problem: 'dateFormat' };
  const date = DateTime.fromObject(parts, { zone: 'UTC' });
  if (!date.isValid || parts.year < 1900 || parts.year > 2200) return { problem: 'dateInvalid' };
  return { date: date.toISODate() as string };
}

/** A time of day typed as HH:MM (also H:MM or HH.MM), or null. */
export function parseTimeOfDay(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
