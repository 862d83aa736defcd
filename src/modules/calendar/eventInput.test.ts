import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../../platform/domainError.ts';
import { translator } from '../../ui/i18n/messages.ts';
import { parseCalendarDate } from './dates.ts';
import { type EventFields, validateEvent } from './eventInput.ts';

export const VALID: EventFields = {
  title_pl: 'Forum Klastrów Pomorza',
  description_pl: 'Spotkanie **koordynatorów**.',
  start_date: '3.12.2026',
  start_time: '10:00',
  end_time: '12:30',
  town: 'Gdańsk',
  voivodeship: '22',
  organiser_kind: 'institution',
  organiser_name: 'Urząd Marszałkowski',
  category: 'conference',
  languages: ['pl'],
};

function problems(fields: EventFields): Record<string, string> {
  try {
    validateEvent(fields);
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.kind, 'invalid');
    return error.fields as Record<string, string>;
  }
  assert.fail('the input was accepted');
}

describe('what a proposer types', () => {
  it('reads Polish and ISO dates and refuses 31.02 and other shapes', () => {
    assert.deepEqual(parseCalendarDate('3.12.2026'), { date: '2026-12-03' });
    assert.deepEqual(parseCalendarDate('2026-12-03'), { date: '2026-12-03' });
    assert.deepEqual(parseCalendarDate('31.02.2026'), { problem: 'dateInvalid' });
    assert.deepEqual(parseCalendarDate('12/03/2026'), { problem: 'dateFormat' });
  });

  it('stores Warsaw wall-clock times as UTC instants', () => {
    const draft = validateEvent(VALID);
    assert.equal(draft.startsAt.toISOString(), '2026-12-03T09:00:00.000Z');
    assert.equal(draft.endsAt.toISOString(), '2026-12-03T11:30:00.000Z');
  });

  it('refuses 02:30 on the spring-forward day with a message that says why', () => {
    const fields = problems({ ...VALID, start_date: '28.03.2027', start_time: '02:30', end_time: '04:00' });
    assert.deepEqual(fields, { start_time: 'calendar.error.timeSkipped' });
    assert.match(translator('pl')('calendar.error.timeSkipped'), /z 2:00 na 3:00/);
    assert.match(translator('en')('calendar.error.timeSkipped'), /from 2:00 to 3:00/);
  });

  it('makes all-day and multi-day events end at the midnight after their last day', () => {
    const draft = validateEvent({
      ...VALID,
      all_day: 'on',
      start_date: '2026-10-24',
      end_date: '26.10.2026',
    });
    assert.equal(draft.startsAt.toISOString(), '2026-10-23T22:00:00.000Z');
    // The October change falls inside: the last midnight is in winter time.
    assert.equal(draft.endsAt.toISOString(), '2026-10-26T23:00:00.000Z');
  });

  it('names every field with a problem, as the request names it', () => {
    assert.deepEqual(
      problems({
        ...VALID,
        title_pl: '<script>alert(1)</script>',
        description_pl: 'Opis <img src=x onerror=alert(1)>',
        start_date: '31.02.2026',
        registration_url: 'javascript:alert(1)',
        online_url: 'ftp://example.org',
        category: 'party',
        languages: [],
      }),
      {
        title_pl: 'calendar.error.markup',
        description_pl: 'calendar.error.markup',
        start_date: 'calendar.error.dateInvalid',
        online_url: 'calendar.error.url',
        category: 'calendar.error.choose',
        languages: 'calendar.error.choose',
        registration_url: 'calendar.error.url',
      },
    );
    assert.deepEqual(problems({ ...VALID, end_date: '2.12.2026' }), {
      end_date: 'calendar.error.endBeforeStart',
    });
    assert.deepEqual(problems({ ...VALID, end_time: '09:00' }), {
      end_time: 'calendar.error.endBeforeStart',
    });
  });

  it('refuses unbounded and too long series', () => {
    assert.deepEqual(problems({ ...VALID, recurrence_freq: 'DAILY' }), {
      recurrence_count: 'calendar.error.recurrenceUnbounded',
    });
    assert.deepEqual(problems({ ...VALID, recurrence_freq: 'DAILY', recurrence_count: '1001' }), {
      recurrence_count: 'calendar.error.recurrenceTooMany',
    });
    assert.equal(
      validateEvent({ ...VALID, recurrence_freq: 'WEEKLY', recurrence_count: '10' }).rrule,
      'FREQ=WEEKLY;COUNT=10',
    );
  });
});
