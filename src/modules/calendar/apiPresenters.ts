import type { Locale } from '../../platform/time.ts';
import { eventUrl } from './eventRecords.ts';
import type { Occurrence } from './occurrences.ts';
import { organiserName, titleOf } from './presenters.ts';
import type { EventRow } from './tables.ts';

const iso = (instant: string) => new Date(instant).toISOString();

function place(event: EventRow) {
  return {
    address: event.address,
    town: event.town,
    voivodeship: event.voivodeship,
    online_url: event.onlineUrl,
  };
}

/** One instance as the API sends it (the wire shape is a promise; the row shape is not). */
export function presentInstance(
  occurrence: Occurrence,
  locale: Locale,
  clusters: Map<number, { name: string; slug: string }>,
  baseUrl: string,
) {
  const event = occurrence.event;
  return {
    id: event.id,
    url: `${baseUrl}${eventUrl(event.id)}`,
    title: titleOf(event, locale),
    starts_at: iso(occurrence.startsAt),
    ends_at: iso(occurrence.endsAt),
    original_start: iso(occurrence.originalStart),
    all_day: event.allDay === 1,
    cancelled: occurrence.cancelled,
    moved: occurrence.moved,
    category: event.category,
    place: place(event),
    organiser: organiserName(event, clusters),
  };
}

export function presentDetail(event: EventRow, occurrences: readonly Occurrence[], baseUrl: string) {
  return {
    id: event.id,
    uid: event.uid,
    url: `${baseUrl}${eventUrl(event.id)}`,
    state: event.state,
    title_pl: event.titlePl,
    title_en: event.titleEn,
    description_pl: event.descriptionPl,
    description_en: event.descriptionEn,
    starts_at: iso(event.startsAt),
    ends_at: iso(event.endsAt),
    time_zone: event.timeZone,
    all_day: event.allDay === 1,
    rrule: event.rrule,
    instances: occurrences.map((occurrence) => ({
      original_start: iso(occurrence.originalStart),
      starts_at: iso(occurrence.startsAt),
      ends_at: iso(occurrence.endsAt),
      cancelled: occurrence.cancelled,
      moved: occurrence.moved,
    })),
    place: place(event),
    organiser: { kind: event.organiserKind, cluster_id: event.organiserClusterId, name: event.organiserName },
    category: event.category,
    languages: event.languages.split(',').filter(Boolean),
    cost: event.cost,
    registration_url: event.registrationUrl,
    registration_deadline: event.registrationDeadline ? iso(event.registrationDeadline) : null,
    cancelled: event.cancelled === 1,
    sequence: event.sequence,
    moderation_comment: event.moderationComment,
    ical_url: `${baseUrl}${eventUrl(event.id)}.ics`,
  };
}
