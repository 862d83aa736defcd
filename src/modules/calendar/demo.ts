import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../../db/schema.ts';
import { PORTAL_ZONE } from '../../platform/time.ts';
import { removeDocument } from '../search/documents.ts';
import { CATEGORIES } from './categories.ts';
import { type EventFields, validateEvent } from './eventInput.ts';
import { columnsOf, EVENT_DOCUMENT, indexEvent, newUid } from './eventRecords.ts';

const TOWNS: readonly [string, string][] = [
  ['Gdańsk', '22'],
  ['Łódź', '10'],
  ['Kraków', '12'],
  ['Wrocław', '02'],
  ['Poznań', '30'],
  ['Rzeszów', '18'],
  ['Katowice', '24'],
  ['Lublin', '06'],
  ['Białystok', '20'],
  ['Szczecin', '32'],
];
const TOPICS = [
  'Forum klastrów',
  'Szkolenie z zarządzania klastrem',
  'Targi innowacji',
  'Webinarium o funduszach europejskich',
  'Spotkanie B2B',
  'Sesja informacyjna konkursu KKK',
  'Dzień otwarty laboratoriów',
];

/** The demo event number i: spread over the past and the coming year, some recurring, multi-day, all-day. */
function demoFields(index: number, today: DateTime, clusterIds: readonly number[]): EventFields {
  const [town, voivodeship] = TOWNS[index % TOWNS.length] as [string, string];
  const category = CATEGORIES[index % CATEGORIES.length] as string;
  const start = today.minus({ days: 365 }).plus({ days: Math.floor((index * 730) / 150) });
  const online = category === 'webinar';
  const allDay = index % 5 === 0 || category === 'fair';
  const cluster =
    clusterIds.length > 0 && index % 3 === 0 ? clusterIds[index % clusterIds.length] : undefined;
  const hour = 9 + (index % 8);
  const fields: EventFields = {
    title_pl: `[DEMO] ${TOPICS[index % TOPICS.length]} — ${town} ${index + 1}`,
    title_en: index % 2 === 0 ? `[DEMO] Cluster event ${index + 1} in ${town}` : '',
    description_pl: 'Wydarzenie **demonstracyjne** — dane zmyślone na potrzeby pokazu portalu.',
    start_date: start.toISODate() as string,
    end_date: (allDay
      ? start.plus({ days: category === 'fair' ? 2 : index % 3 })
      : start
    ).toISODate() as string,
    start_time: allDay ? '' : `${hour}:00`,
    end_time: allDay ? '' : `${hour + 2}:30`,
    all_day: allDay ? 'on' : '',
    town: online ? '' : town,
    voivodeship: online ? '' : voivodeship,
    online_url: online || index % 7 === 0 ? 'https://spotkanie.example.pl/demo' : '',
    organiser_kind: cluster ? 'cluster' : 'institution',
    organiser_cluster_id: cluster ?? '',
    organiser_name: cluster ? '' : 'Agencja Rozwoju Regionalnego (demo)',
    category,
    languages: index % 4 === 0 ? ['pl', 'en'] : ['pl'],
    cost: index % 6 === 0 ? '200 zł' : '',
    registration_url: index % 2 === 0 ? 'https://rejestracja.example.pl/demo' : '',
  };
  // Every tenth is a weekly series (some crossing the last Sunday of March or October), every 25th monthly.
  if (index % 10 === 3) Object.assign(fields, { recurrence_freq: 'WEEKLY', recurrence_count: '8' });
  if (index % 25 === 7) Object.assign(fields, { recurrence_freq: 'MONTHLY', recurrence_count: '6' });
  return fields;
}

/** About 150 fictional published events (flagged demo), a few cancelled, some instances cancelled or moved. */
export async function seedCalendarDemo(trx: Transaction<Database>, now: Date): Promise<number> {
  const today = DateTime.fromJSDate(now, { zone: PORTAL_ZONE }).startOf('day');
  const clusters = await trx
    .selectFrom('clusters')
    .select('id')
    .where('isDemo', '=', 1)
    .orderBy('id')
    .execute();
  const clusterIds = clusters.map((row) => row.id);
  const at = now.toISOString();
  let count = 0;
  for (let index = 0; index < 150; index += 1) {
    const draft = validateEvent(demoFields(index, today, clusterIds));
    const event = await trx
      .insertInto('calendarEvents')
      .values({
        uid: newUid(),
        state: 'published',
        proposerId: null,
        ...columnsOf(draft, null),
        cancelled: index % 17 === 5 ? 1 : 0,
        isDemo: 1,
        createdAt: at,
        submittedAt: at,
        publishedAt: at,
        updatedAt: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (draft.rrule && index % 20 === 3) {
      // The third instance of some weekly series is cancelled.
      const third = DateTime.fromJSDate(draft.startsAt, { zone: PORTAL_ZONE }).plus({ weeks: 2 }).toJSDate();
      await trx
        .insertInto('calendarInstanceChanges')
        .values({
          eventId: event.id,
          originalStart: third.toISOString(),
          kind: 'cancelled',
          startsAt: null,
          endsAt: null,
          changedAt: at,
        })
        .execute();
    }
    await indexEvent(trx, event);
    count += 1;
  }
  return count;
}

/** Removes the demo events with their instance changes, history and search documents. */
export async function removeCalendarDemo(trx: Transaction<Database>): Promise<number> {
  const demo = trx.selectFrom('calendarEvents').select('id').where('isDemo', '=', 1);
  for (const { id } of await demo.execute()) await removeDocument(trx, EVENT_DOCUMENT, id);
  await trx.deleteFrom('calendarInstanceChanges').where('eventId', 'in', demo).execute();
  await trx.deleteFrom('calendarEventRevisions').where('eventId', 'in', demo).execute();
  const result = await trx.deleteFrom('calendarEvents').where('isDemo', '=', 1).executeTakeFirst();
  return Number(result.numDeletedRows);
}
