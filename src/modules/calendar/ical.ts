import { DateTime } from 'luxon';
import { PORTAL_ZONE } from '../../platform/time.ts';
import type { Occurrence } from './occurrences.ts';
import type { EventRow, InstanceChangeRow } from './tables.ts';

/** How often subscribed calendars should come back for changes. */
export const REFRESH = 'PT6H';
export const PRODID = '-//Portal Klastrow//Kalendarz imprez 1.0//PL';

/** TEXT values escaped as RFC 5545 §3.3.11 says: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets (never inside a UTF-8 character), continuation lines with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (instant: string | Date) =>
  DateTime.fromJSDate(new Date(instant), { zone: 'UTC' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
const local = (instant: string | Date) =>
  DateTime.fromJSDate(new Date(instant), { zone: PORTAL_ZONE }).toFormat("yyyyMMdd'T'HHmmss");
const date = (instant: string | Date) =>
  DateTime.fromJSDate(new Date(instant), { zone: PORTAL_ZONE }).toFormat('yyyyMMdd');

/** DTSTART, DTEND, EXDATE or RECURRENCE-ID of an instant: a DATE for all-day events, else Warsaw time. */
function when(name: string, instant: string | Date, allDay: boolean): string {
  return allDay ? `${name};VALUE=DATE:${date(instant)}` : `${name};TZID=${PORTAL_ZONE}:${local(instant)}`;
}

/** Europe/Warsaw as a VTIMEZONE: CET in winter, CEST from the last Sunday of March to that of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PORTAL_ZONE}`,
  `X-LIC-LOCATION:${PORTAL_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface FeedEvent {
  event: EventRow;
  changes: readonly InstanceChangeRow[];
  organiser: string | null;
  url: string;
}

function describe(feed: FeedEvent): string[] {
  const event = feed.event;
  const place = [event.address, event.town].filter(Boolean).join(', ');
  const description = [event.descriptionPl, event.onlineUrl, feed.url].filter(Boolean).join('\n\n');
  return [
    `SUMMARY:${escapeText(event.titlePl)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(place
      ? [`LOCATION:${escapeText(place)}`]
      : event.onlineUrl
        ? [`LOCATION:${escapeText(event.onlineUrl)}`]
        : []),
    `URL:${feed.url}`,
    `CATEGORIES:${escapeText(event.category)}`,
    ...(feed.organiser
      ? [`ORGANIZER;CN="${feed.organiser.replace(/["\\]/g, '')}":mailto:no-reply@klastry.invalid`]
      : []),
  ];
}

/** One event (a whole series with its changed instances) as VEVENTs. */
function vevents(feed: FeedEvent): string[] {
  const event = feed.event;
  const allDay = event.allDay === 1;
  const stamp = utc(event.updatedAt);
  const status = event.cancelled === 1 ? 'CANCELLED' : 'CONFIRMED';
  const master = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    when('DTSTART', event.startsAt, allDay),
    when('DTEND', event.endsAt, allDay),
    ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
    ...feed.changes.filter((c) => c.kind === 'cancelled').map((c) => when('EXDATE', c.originalStart, allDay)),
    `SEQUENCE:${event.sequence}`,
    `STATUS:${status}`,
    ...describe(feed),
    'END:VEVENT',
  ];
  // Each changed instance: a moved one at its new time; a cancelled one kept, marked CANCELLED.
  const overrides = feed.changes.flatMap((change) => {
    const moved = change.kind === 'moved';
    const start = moved ? (change.startsAt as string) : change.originalStart;
    const length = new Date(event.endsAt).getTime() - new Date(event.startsAt).getTime();
    const end = moved
      ? (change.endsAt as string)
      : new Date(new Date(start).getTime() + length).toISOString();
    return [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      when('RECURRENCE-ID', change.originalStart, allDay),
      when('DTSTART', start, allDay),
      when('DTEND', end, allDay),
      `SEQUENCE:${event.sequence}`,
      `STATUS:${moved && event.cancelled !== 1 ? 'CONFIRMED' : 'CANCELLED'}`,
      ...describe(feed),
      'END:VEVENT',
    ];
  });
  return [...master, ...overrides];
}

/** A whole iCalendar object: CRLF line ends, folded lines, one VTIMEZONE for the TZIDs used. */
export function icalendar(props: { name: string; events: readonly FeedEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(props.name)}`,
    `X-WR-TIMEZONE:${PORTAL_ZONE}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...(props.events.some((feed) => feed.event.allDay !== 1) ? VTIMEZONE : []),
    ...props.events.flatMap(vevents),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The events behind some instances, each once, with their changes. */
export function feedEventsOf(
  occurrences: readonly Occurrence[],
  changes: readonly InstanceChangeRow[],
  organiserOf: (event: EventRow) => string | null,
  urlOf: (event: EventRow) => string,
): FeedEvent[] {
  const seen = new Map<number, EventRow>();
  for (const occurrence of occurrences) seen.set(occurrence.event.id, occurrence.event);
  return [...seen.values()].map((event) => ({
    event,
    changes: changes.filter((change) => change.eventId === event.id),
    organiser: organiserOf(event),
    url: urlOf(event),
  }));
}
