import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { warsawToInstant } from '../../platform/time.ts';
import { formatRrule, instanceStarts, parseRrule, type Recurrence, recurrenceProblem } from './recurrence.ts';

const warsaw = (instant: Date) =>
  DateTime.fromJSDate(instant, { zone: 'Europe/Warsaw' }).toFormat("yyyy-MM-dd'T'HH:mm");
const rule = (overrides: Partial<Recurrence>): Recurrence => ({
  freq: 'WEEKLY',
  interval: 1,
  count: null,
  untilDate: null,
  byDay: [],
  ...overrides,
});

describe('recurrence in Warsaw time', () => {
  it('keeps a weekly 10:00 event at 10:00 local across the October change (the UTC hour moves)', () => {
    const start = warsawToInstant('2026-10-14T10:00');
    const starts = instanceStarts(start, formatRrule(rule({ count: 4 }), false));
    assert.deepEqual(starts.map(warsaw), [
      '2026-10-14T10:00',
      '2026-10-21T10:00',
      '2026-10-28T10:00',
      '2026-11-04T10:00',
    ]);
    assert.deepEqual(
      starts.map((instant) => instant.toISOString().slice(11, 16)),
      ['08:00', '08:00', '09:00', '09:00'],
    );
  });

  it('keeps a daily 09:30 event at 09:30 across the March change', () => {
    const starts = instanceStarts(warsawToInstant('2027-03-27T09:30'), 'FREQ=DAILY;COUNT=3');
    assert.deepEqual(starts.map(warsaw), ['2027-03-27T09:30', '2027-03-28T09:30', '2027-03-29T09:30']);
  });

  it('skips months without the day (31st) as RFC 5545 says', () => {
    const starts = instanceStarts(warsawToInstant('2027-01-31T12:00'), 'FREQ=MONTHLY;COUNT=3');
    assert.deepEqual(starts.map(warsaw), ['2027-01-31T12:00', '2027-03-31T12:00', '2027-05-31T12:00']);
  });

  it('stops at UNTIL (the last local day included) and on chosen weekdays', () => {
    const start = warsawToInstant('2026-12-07T17:00'); // a Monday
    const value = formatRrule(rule({ untilDate: '2026-12-16', byDay: ['WE', 'MO'] }), false);
    assert.equal(value, 'FREQ=WEEKLY;UNTIL=20261216T225959Z;BYDAY=MO,WE');
    assert.deepEqual(instanceStarts(start, value).map(warsaw), [
      '2026-12-07T17:00',
      '2026-12-09T17:00',
      '2026-12-14T17:00',
      '2026-12-16T17:00',
    ]);
    assert.deepEqual(parseRrule(value), rule({ untilDate: '2026-12-16', byDay: ['MO', 'WE'] }));
  });

  it('refuses unbounded series and more than 1000 instances, by COUNT or by UNTIL', () => {
    const start = warsawToInstant('2026-12-07T17:00');
    assert.equal(recurrenceProblem(start, rule({})), 'recurrenceUnbounded');
    assert.equal(recurrenceProblem(start, rule({ count: 1001 })), 'recurrenceTooMany');
    assert.equal(
      recurrenceProblem(start, rule({ freq: 'DAILY', untilDate: '2029-12-31' })),
      'recurrenceTooMany',
    );
    assert.equal(recurrenceProblem(start, rule({ freq: 'DAILY', untilDate: '2029-09-01' })), null);
    assert.equal(recurrenceProblem(start, rule({ count: 1000 })), null);
    assert.equal(recurrenceProblem(start, rule({ untilDate: '2026-12-01' })), 'recurrenceUntilBeforeStart');
    assert.equal(recurrenceProblem(start, rule({ count: 3, byDay: ['TU'] })), 'recurrenceStartNotOnDay');
  });
});
