// The calendar's large data: 50,000 published events over the past and the coming year, a twentieth of
// them weekly series, spread over categories, voivodeships and towns, a few cancelled.
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../src/db/schema.ts';
import { CATEGORIES } from '../src/modules/calendar/categories.ts';
import { validateEvent } from '../src/modules/calendar/eventInput.ts';
import { columnsOf, newUid } from '../src/modules/calendar/eventRecords.ts';
import { VOIVODESHIPS } from '../src/modules/registry/voivodeships.ts';
import { pick, seededRandom } from '../src/platform/random.ts';
import { PORTAL_ZONE } from '../src/platform/time.ts';

export const CALENDAR_EVENTS = 50_000;
const TOWNS = ['Gdańsk', 'Łódź', 'Kraków', 'Wrocław', 'Poznań', 'Rzeszów', 'Katowice', 'Lublin', 'Warszawa'];
const WORDS = ['Forum', 'Szkolenie', 'Targi', 'Webinarium', 'Spotkanie B2B', 'Konferencja', 'Warsztaty'];

export async function generateCalendarEvents(
  db: Kysely<Database>,
  now: Date,
  count = CALENDAR_EVENTS,
): Promise<void> {
  const random = seededRandom(20261206);
  const today = DateTime.fromJSDate(now, { zone: PORTAL_ZONE }).startOf('day');
  const voivodeships = Object.keys(VOIVODESHIPS);
  const at = now.toISOString();
  let batch: Parameters<ReturnType<Kysely<Database>['insertInto']>['values']>[0][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await db
      .insertInto('calendarEvents')
      .values(batch as never)
      .execute();
    batch = [];
  };
  for (let index = 0; index < count; index += 1) {
    const start = today.minus({ days: 365 }).plus({ days: Math.floor(random() * 730) });
    const hour = 8 + Math.floor(random() * 10);
    const category = pick(CATEGORIES, random);
    const town = pick(TOWNS, random);
    const draft = validateEvent({
      title_pl: `${pick(WORDS, random)} klastrów ${town} ${index + 1}`,
      description_pl: 'Wydarzenie wygenerowane do pomiarów wydajności.',
      start_date: start.toISODate() as string,
      start_time: `${hour}:00`,
      end_time: `${hour + 1}:30`,
      town,
      voivodeship: pick(voivodeships, random),
      organiser_kind: 'institution',
      organiser_name: 'Agencja Rozwoju',
      category,
      languages: ['pl'],
      ...(index % 20 === 0 ? { recurrence_freq: 'WEEKLY', recurrence_count: '10' } : {}),
    });
    batch.push({
      uid: newUid(),
      state: 'published',
      proposerId: null,
      ...columnsOf(draft, null),
      cancelled: index % 50 === 0 ? 1 : 0,
      createdAt: at,
      submittedAt: at,
      publishedAt: at,
      updatedAt: at,
    });
    // 30 columns a row: 300 rows stay under SQLite's and PostgreSQL's parameter limits.
    if (batch.length === 300) await flush();
  }
  await flush();
}
