import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { commandAs } from '../../platform/commandContext.ts';
import type { EventFields } from './eventInput.ts';
import { eventProposer } from './eventProposer.ts';

let built = 0;

/** A valid event's fields (a conference in Gdańsk), with the overrides given. */
export function eventFields(overrides: EventFields = {}): EventFields {
  built += 1;
  return {
    title_pl: `Forum Klastrów ${built}`,
    description_pl: 'Spotkanie koordynatorów klastrów.',
    start_date: '2026-12-10',
    start_time: '10:00',
    end_time: '12:00',
    town: 'Gdańsk',
    voivodeship: '22',
    organiser_kind: 'institution',
    organiser_name: 'Urząd Marszałkowski',
    category: 'conference',
    languages: ['pl'],
    ...overrides,
  };
}

/** A published event, put in by the moderator given (so published at once) at the instant given. */
export async function publishedEvent(
  db: Kysely<Database>,
  moderatorId: number,
  overrides: EventFields = {},
  now = new Date('2026-12-01T09:00:00Z'),
): Promise<number> {
  const as = {
    db,
    actorId: moderatorId,
    now,
    roles: ['user', 'moderator'],
    baseUrl: 'http://localhost:3000',
  };
  const { id } = await commandAs(as, eventProposer, eventFields(overrides));
  return id;
}
