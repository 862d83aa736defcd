import { DateTime } from 'luxon';
import { invalid } from '../../platform/domainError.ts';
import { hasMarkup } from '../../platform/text.ts';
import { PORTAL_ZONE, warsawToInstant } from '../../platform/time.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { VOIVODESHIPS } from '../registry/voivodeships.ts';
import { CATEGORIES, type Category, LANGUAGES } from './categories.ts';
import { parseCalendarDate, parseTimeOfDay } from './dates.ts';
import {
  FREQUENCIES,
  type Frequency,
  formatRrule,
  type Recurrence,
  recurrenceProblem,
  WEEKDAYS,
  type Weekday,
} from './recurrence.ts';

/** An event as a form or the API sends it: every value as the request names it. */
export interface EventFields {
  title_pl?: string;
  title_en?: string;
  description_pl?: string;
  description_en?: string;
  all_day?: boolean | string;
  start_date?: string;
  start_time?: string;
  end_date?: string;
  end_time?: string;
  address?: string;
  town?: string;
  voivodeship?: string;
  online_url?: string;
  organiser_kind?: string;
  organiser_cluster_id?: number | string;
  organiser_name?: string;
  category?: string;
  languages?: string[] | string;
  cost?: string;
  registration_url?: string;
  registration_deadline?: string;
  recurrence_freq?: string;
  recurrence_interval?: number | string;
  recurrence_count?: number | string;
  recurrence_until?: string;
  recurrence_days?: string[] | string;
}

/** A valid event, ready to store. */
export interface EventDraft {
  titlePl: string;
  titleEn: string | null;
  descriptionPl: string;
  descriptionEn: string | null;
  allDay: boolean;
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
  address: string | null;
  town: string | null;
  voivodeship: string | null;
  onlineUrl: string | null;
  organiserKind: 'cluster' | 'institution' | 'text';
  organiserClusterId: number | null;
  organiserName: string | null;
  category: Category;
  languages: string[];
  cost: string | null;
  registrationUrl: string | null;
  registrationDeadline: Date | null;
}

const TITLE_MAX = 200;
const TEXT_MAX = 20_000;
const SHORT_MAX = 300;

type Problems = Record<string, MessageKey>;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const optional = (value: unknown) => text(value) || null;
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []).map(String);

function httpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Text that is required, short, and holds no markup. */
function checkText(problems: Problems, name: string, value: string, required: boolean, max: number) {
  if (required && value === '') problems[name] = 'calendar.error.required';
  else if (value.length > max) problems[name] = 'calendar.error.tooLong';
  else if (/<\s*\/?\s*[a-z!]/i.test(value) || (max <= SHORT_MAX && hasMarkup(value)))
    problems[name] = 'calendar.error.markup';
}

function checkUrl(problems: Problems, name: string, value: string | null) {
  if (value !== null && (!httpUrl(value) || value.length > 500)) problems[name] = 'calendar.error.url';
}

function dateOf(problems: Problems, name: string, value: string): string | null {
  if (value === '') {
    problems[name] = 'calendar.error.required';
    return null;
  }
  const parsed = parseCalendarDate(value);
  if ('problem' in parsed) {
    problems[name] = `calendar.error.${parsed.problem}`;
    return null;
  }
  return parsed.date;
}

/** A Warsaw wall-clock date and time as an instant; a time skipped by the spring change is a problem. */
function instantOf(problems: Problems, name: string, date: string, time: string): Date | null {
  try {
    return warsawToInstant(`${date}T${time}`);
  } catch {
    problems[name] = 'calendar.error.timeSkipped';
    return null;
  }
}

function recurrenceOf(fields: EventFields, problems: Problems): Recurrence | null {
  const freq = text(fields.recurrence_freq).toUpperCase();
  if (freq === '' || freq === 'NONE') return null;
  if (!FREQUENCIES.includes(freq as Frequency)) {
    problems.recurrence_freq = 'calendar.error.choose';
    return null;
  }
  const interval = text(String(fields.recurrence_interval ?? '')) || '1';
  const count = text(String(fields.recurrence_count ?? ''));
  const until = text(fields.recurrence_until);
  if (!/^\d{1,3}$/.test(interval)) problems.recurrence_interval = 'calendar.error.recurrenceInterval';
  if (count !== '' && !/^\d{1,5}$/.test(count))
    problems.recurrence_count = 'calendar.error.recurrenceTooMany';
  const untilDate = until === '' ? null : dateOf(problems, 'recurrence_until', until);
  const days = list(fields.recurrence_days).map((day) => day.toUpperCase());
  if (days.some((day) => !WEEKDAYS.includes(day as Weekday)))
    problems.recurrence_days = 'calendar.error.choose';
  return {
    freq: freq as Frequency,
    interval: Number(interval),
    count: count === '' ? null : Number(count),
    untilDate: count === '' ? untilDate : null,
    byDay: days as Weekday[],
  };
}

const RECURRENCE_FIELD = {
  recurrenceUnbounded: 'recurrence_count',
  recurrenceTooMany: 'recurrence_count',
  recurrenceInterval: 'recurrence_interval',
  recurrenceUntilBeforeStart: 'recurrence_until',
  recurrenceStartNotOnDay: 'recurrence_days',
} as const;

/**
 * Checks everything a proposer typed; on any problem, refuses with a message per field (the field
 * named as the request names it) and nothing is stored.
 */
export function validateEvent(fields: EventFields): EventDraft {
  const problems: Problems = {};
  const titlePl = text(fields.title_pl);
  const titleEn = optional(fields.title_en);
  const descriptionPl = text(fields.description_pl);
  const descriptionEn = optional(fields.description_en);
  checkText(problems, 'title_pl', titlePl, true, TITLE_MAX);
  checkText(problems, 'title_en', titleEn ?? '', false, TITLE_MAX);
  checkText(problems, 'description_pl', descriptionPl, true, TEXT_MAX);
  checkText(problems, 'description_en', descriptionEn ?? '', false, TEXT_MAX);

  const allDay =
    fields.all_day === true || fields.all_day === 'true' || fields.all_day === 'on' || fields.all_day === '1';
  const startDate = dateOf(problems, 'start_date', text(fields.start_date));
  const endDate =
    text(fields.end_date) === '' ? startDate : dateOf(problems, 'end_date', text(fields.end_date));
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (allDay) {
    if (startDate) startsAt = DateTime.fromISO(startDate, { zone: PORTAL_ZONE }).toJSDate();
    if (endDate) endsAt = DateTime.fromISO(endDate, { zone: PORTAL_ZONE }).plus({ days: 1 }).toJSDate();
  } else {
    const startTime = parseTimeOfDay(text(fields.start_time));
    const endTime = parseTimeOfDay(text(fields.end_time));
    if (!startTime) problems.start_time = 'calendar.error.time';
    if (!endTime) problems.end_time = 'calendar.error.time';
    if (startDate && startTime) startsAt = instantOf(problems, 'start_time', startDate, startTime);
    if (endDate && endTime) endsAt = instantOf(problems, 'end_time', endDate, endTime);
  }
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime())
    problems[allDay || (text(fields.end_date) !== '' && endDate !== startDate) ? 'end_date' : 'end_time'] =
      'calendar.error.endBeforeStart';

  const address = optional(fields.address);
  const town = optional(fields.town);
  const voivodeship = optional(fields.voivodeship);
  const onlineUrl = optional(fields.online_url);
  checkText(problems, 'address', address ?? '', false, SHORT_MAX);
  checkText(problems, 'town', town ?? '', false, 100);
  if (voivodeship !== null && !(voivodeship in VOIVODESHIPS)) problems.voivodeship = 'calendar.error.choose';
  checkUrl(problems, 'online_url', onlineUrl);
  if (!onlineUrl && !town) problems.town = 'calendar.error.placeOrOnline';

  const organiserKind = text(fields.organiser_kind) || 'text';
  const organiserName = optional(fields.organiser_name);
  let organiserClusterId: number | null = null;
  if (organiserKind === 'cluster') {
    const id = Number(fields.organiser_cluster_id);
    if (!Number.isInteger(id) || id < 1) problems.organiser_cluster_id = 'calendar.error.choose';
    else organiserClusterId = id;
  } else if (organiserKind === 'institution' || organiserKind === 'text') {
    checkText(problems, 'organiser_name', organiserName ?? '', true, SHORT_MAX);
  } else problems.organiser_kind = 'calendar.error.choose';

  const category = text(fields.category);
  if (!(CATEGORIES as readonly string[]).includes(category)) problems.category = 'calendar.error.choose';
  const languages = [...new Set(list(fields.languages))];
  if (languages.length === 0 || languages.some((code) => !(LANGUAGES as readonly string[]).includes(code)))
    problems.languages = 'calendar.error.choose';
  const cost = optional(fields.cost);
  checkText(problems, 'cost', cost ?? '', false, SHORT_MAX);
  const registrationUrl = optional(fields.registration_url);
  checkUrl(problems, 'registration_url', registrationUrl);
  const deadlineText = text(fields.registration_deadline);
  const deadlineDate = deadlineText === '' ? null : dateOf(problems, 'registration_deadline', deadlineText);
  const registrationDeadline = deadlineDate
    ? DateTime.fromISO(deadlineDate, { zone: PORTAL_ZONE }).endOf('day').toJSDate()
    : null;

  const recurrence = recurrenceOf(fields, problems);
  let rrule: string | null = null;
  if (recurrence && startsAt && Object.keys(problems).length === 0) {
    const problem = recurrenceProblem(startsAt, recurrence);
    if (problem) problems[RECURRENCE_FIELD[problem]] = `calendar.error.${problem}`;
    else rrule = formatRrule(recurrence, allDay);
  }

  if (Object.keys(problems).length > 0 || !startsAt || !endsAt)
    throw invalid(problems, 'calendar.error.summary');
  return {
    titlePl,
    titleEn,
    descriptionPl,
    descriptionEn,
    allDay,
    startsAt,
    endsAt,
    rrule,
    address,
    town,
    voivodeship,
    onlineUrl,
    organiserKind: organiserKind as EventDraft['organiserKind'],
    organiserClusterId,
    organiserName: organiserKind === 'cluster' ? null : organiserName,
    category: category as Category,
    languages,
    cost,
    registrationUrl,
    registrationDeadline,
  };
}
