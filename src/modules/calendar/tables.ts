import type { Generated, Selectable } from 'kysely';
import type { EventState } from './eventWorkflow.ts';

/** One event, or one series of events (with an RRULE). Instants are UTC; the zone is Europe/Warsaw. */
export interface CalendarEventsTable {
  id: Generated<number>;
  /** Stable iCalendar UID, never changed. */
  uid: string;
  state: EventState;
  proposerId: number | null;
  titlePl: string;
  titleEn: string | null;
  /** Markdown, rendered without raw HTML and sanitised. */
  descriptionPl: string;
  descriptionEn: string | null;
  startsAt: string;
  /** Exclusive: an all-day event on 3 Dec ends at 4 Dec 00:00 Warsaw time. */
  endsAt: string;
  timeZone: string;
  allDay: number;
  /** RFC 5545 RRULE value (FREQ=…;COUNT=… or UNTIL=…), null for a single event. */
  rrule: string | null;
  lastEndsAt: string;
  address: string | null;
  town: string | null;
  /** TERYT code of the voivodeship. */
  voivodeship: string | null;
  onlineUrl: string | null;
  organiserKind: 'cluster' | 'institution' | 'text';
  organiserClusterId: number | null;
  organiserName: string | null;
  category: string;
  /** Language codes separated by commas, e.g. "pl,en". */
  languages: string;
  /** null: free of charge. */
  cost: string | null;
  registrationUrl: string | null;
  registrationDeadline: string | null;
  roundId: number | null;
  cancelled: Generated<number>;
  /** iCalendar SEQUENCE: raised on each change of a published event. */
  sequence: Generated<number>;
  moderationComment: string | null;
  /** searchableText of both titles, descriptions, place and organiser. */
  folded: string;
  isDemo: Generated<number>;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

/** A single instance of a series cancelled or moved (EXDATE / RECURRENCE-ID). */
export interface CalendarInstanceChangesTable {
  eventId: number;
  originalStart: string;
  kind: 'cancelled' | 'moved';
  startsAt: string | null;
  endsAt: string | null;
  changedAt: string;
}

export interface CalendarEventRevisionsTable {
  id: Generated<number>;
  eventId: number;
  sequence: number;
  changedBy: number | null;
  changedAt: string;
  snapshot: string;
}

export interface CalendarTrustedClustersTable {
  clusterId: number;
  grantedBy: number | null;
  grantedAt: string;
}

export type EventRow = Selectable<CalendarEventsTable>;
export type InstanceChangeRow = Selectable<CalendarInstanceChangesTable>;

declare module '../../db/schema.ts' {
  interface Database {
    calendarEvents: CalendarEventsTable;
    calendarInstanceChanges: CalendarInstanceChangesTable;
    calendarEventRevisions: CalendarEventRevisionsTable;
    calendarTrustedClusters: CalendarTrustedClustersTable;
  }
}
