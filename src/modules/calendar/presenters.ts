import { DateTime } from 'luxon';
import { renderMarkdown } from '../../platform/markdown.ts';
import { type Locale, PORTAL_ZONE } from '../../platform/time.ts';
import { voivodeshipName } from '../registry/voivodeships.ts';
import { eventUrl } from './eventRecords.ts';
import type { Occurrence } from './occurrences.ts';
import { parseRrule } from './recurrence.ts';
import type { EventRow } from './tables.ts';

const INTL: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, allDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${allDay}`;
  let known = formats.get(key);
  if (!known) {
    known = new Intl.DateTimeFormat(
      INTL[locale],
      allDay
        ? { dateStyle: 'long', timeZone: PORTAL_ZONE }
        : { dateStyle: 'long', timeStyle: 'short', timeZone: PORTAL_ZONE },
    );
    formats.set(key, known);
  }
  return known;
}

/** When an instance takes place, in Warsaw time and the locale's words ("3–5 grudnia 2026"). */
export function whenText(startsAt: string, endsAt: string, allDay: boolean, locale: Locale): string {
  const start = new Date(startsAt);
  // An all-day event's end is the next midnight: its last day is the day before.
  const end = allDay
    ? DateTime.fromISO(endsAt, { zone: PORTAL_ZONE }).minus({ days: 1 }).toJSDate()
    : new Date(endsAt);
  return format(locale, allDay).formatRange(start, end < start ? start : end);
}

/** The Warsaw calendar date (YYYY-MM-DD) of each day an instance covers. */
export function daysCovered(startsAt: string, endsAt: string): string[] {
  let day = DateTime.fromISO(startsAt, { zone: PORTAL_ZONE }).startOf('day');
  const end = DateTime.fromISO(endsAt, { zone: PORTAL_ZONE });
  const days: string[] = [];
  do {
    days.push(day.toISODate() as string);
    day = day.plus({ days: 1 });
  } while (day < end && days.length < 62);
  return days;
}

export function titleOf(event: EventRow, locale: Locale): string {
  return (locale === 'en' ? event.titleEn : null) ?? event.titlePl;
}

/** The lang attribute a title needs when it is not in the page's language. */
export function titleLang(event: EventRow, locale: Locale): string | null {
  return locale === 'en' && !event.titleEn ? 'pl' : null;
}

export interface OccurrenceView {
  id: number;
  href: string;
  title: string;
  titleLang: string | null;
  when: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  cancelled: boolean;
  moved: boolean;
  category: string;
  place: string | null;
  online: boolean;
  organiser: string | null;
}

export function occurrenceView(
  occurrence: Occurrence,
  locale: Locale,
  clusters: Map<number, { name: string; slug: string }>,
): OccurrenceView {
  const event = occurrence.event;
  const allDay = event.allDay === 1;
  return {
    id: event.id,
    href: eventUrl(event.id),
    title: titleOf(event, locale),
    titleLang: titleLang(event, locale),
    when: whenText(occurrence.startsAt, occurrence.endsAt, allDay, locale),
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    allDay,
    cancelled: occurrence.cancelled,
    moved: occurrence.moved,
    category: event.category,
    place: [event.town, voivodeshipName(event.voivodeship, locale)].filter(Boolean).join(', ') || null,
    online: event.onlineUrl !== null,
    organiser: organiserName(event, clusters),
  };
}

export function organiserName(
  event: EventRow,
  clusters: Map<number, { name: string; slug: string }>,
): string | null {
  if (event.organiserClusterId !== null) return clusters.get(event.organiserClusterId)?.name ?? null;
  return event.organiserName;
}

/** Everything the event page shows, each field named. */
export function eventPageView(
  event: EventRow,
  occurrences: readonly Occurrence[],
  locale: Locale,
  clusters: Map<number, { name: string; slug: string }>,
) {
  const cluster = event.organiserClusterId !== null ? clusters.get(event.organiserClusterId) : undefined;
  const description = (locale === 'en' ? event.descriptionEn : null) ?? event.descriptionPl;
  return {
    id: event.id,
    title: titleOf(event, locale),
    titleLang: titleLang(event, locale),
    descriptionHtml: renderMarkdown(description),
    descriptionLang: locale === 'en' && !event.descriptionEn ? 'pl' : null,
    state: event.state,
    cancelled: event.cancelled === 1,
    recurring: event.rrule !== null,
    recurrence: event.rrule ? parseRrule(event.rrule) : null,
    when: whenText(event.startsAt, event.endsAt, event.allDay === 1, locale),
    instances: occurrences.map((occurrence) => ({
      originalStart: occurrence.originalStart,
      when: whenText(occurrence.startsAt, occurrence.endsAt, event.allDay === 1, locale),
      cancelled: occurrence.cancelled,
      moved: occurrence.moved,
    })),
    address: event.address,
    town: event.town,
    voivodeship: voivodeshipName(event.voivodeship, locale),
    onlineUrl: event.onlineUrl,
    organiser: organiserName(event, clusters),
    organiserHref: cluster ? `/klastry/${cluster.slug}` : null,
    category: event.category,
    languages: event.languages.split(',').filter(Boolean),
    cost: event.cost,
    registrationUrl: event.registrationUrl,
    registrationDeadline: event.registrationDeadline,
    moderationComment: event.moderationComment,
  };
}
