import { DateTime } from 'luxon';
import { PORTAL_ZONE } from '../../platform/time.ts';
import type { EventFields } from './eventInput.ts';
import { parseRrule } from './recurrence.ts';
import type { EventRow } from './tables.ts';

const local = (instant: string) => DateTime.fromISO(instant, { zone: PORTAL_ZONE });

/** A stored event as the proposal form's values (for corrections and edits). */
export function formFromEvent(event: EventRow): EventFields {
  const allDay = event.allDay === 1;
  const end = allDay ? local(event.endsAt).minus({ days: 1 }) : local(event.endsAt);
  const recurrence = event.rrule ? parseRrule(event.rrule) : null;
  return {
    title_pl: event.titlePl,
    title_en: event.titleEn ?? '',
    description_pl: event.descriptionPl,
    description_en: event.descriptionEn ?? '',
    all_day: allDay ? 'on' : '',
    start_date: local(event.startsAt).toISODate() ?? '',
    start_time: allDay ? '' : local(event.startsAt).toFormat('HH:mm'),
    end_date: end.toISODate() ?? '',
    end_time: allDay ? '' : end.toFormat('HH:mm'),
    address: event.address ?? '',
    town: event.town ?? '',
    voivodeship: event.voivodeship ?? '',
    online_url: event.onlineUrl ?? '',
    organiser_kind: event.organiserKind,
    organiser_cluster_id: event.organiserClusterId ? String(event.organiserClusterId) : '',
    organiser_name: event.organiserName ?? '',
    category: event.category,
    languages: event.languages.split(','),
    cost: event.cost ?? '',
    registration_url: event.registrationUrl ?? '',
    registration_deadline: event.registrationDeadline
      ? (local(event.registrationDeadline).toISODate() ?? '')
      : '',
    recurrence_freq: recurrence?.freq ?? 'NONE',
    recurrence_interval: recurrence ? String(recurrence.interval) : '',
    recurrence_count: recurrence?.count ? String(recurrence.count) : '',
    recurrence_until: recurrence?.untilDate ?? '',
    recurrence_days: recurrence?.byDay ?? [],
  };
}
