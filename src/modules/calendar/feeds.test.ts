import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import ical from 'node-ical';
import { type TestApp, testApp } from '../../../test/app.ts';
import { apiPerson, buildPerson } from '../../../test/factories.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { warsawDate, warsawToInstant } from '../../platform/time.ts';
import { eventCanceller, instanceMover } from './eventCanceller.ts';
import { eventEditor } from './eventEditor.ts';
import { icalProblems } from './icalValidator.ts';
import { eventFields, publishedEvent } from './testing.ts';

const NOW = new Date('2026-10-01T09:00:00Z');
const clock = { now: () => NOW };
const FROM = new Date('2026-09-01T00:00:00Z');
const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
/** All-day instances are floating dates: compared as days, timed ones as instants. */
const key = (allDay: boolean, start: string, end: string, status: string) =>
  allDay ? `${start.slice(0, 10)}/${end.slice(0, 10)}|${status}` : `${start}|${end}|${status}`;
const TO = new Date('2027-12-31T00:00:00Z');

/** "start|end|status" of every instance, as node-ical expands the feed. */
function nodeIcalInstances(text: string): string[] {
  const parsed = ical.sync.parseICS(text);
  const found: string[] = [];
  for (const component of Object.values(parsed)) {
    if (component?.type !== 'VEVENT' || component.recurrenceid) continue;
    for (const instance of ical.expandRecurringEvent(component, { from: FROM, to: TO })) {
      const status = (instance.event as { status?: string }).status ?? 'CONFIRMED';
      found.push(
        instance.isFullDay
          ? key(true, localDay(instance.start), localDay(instance.end), status)
          : key(false, instance.start.toISOString(), instance.end.toISOString(), status),
      );
    }
    // EXDATE'd instances are sent as overrides marked CANCELLED: count those too.
    for (const override of Object.values(component.recurrences ?? {})) {
      if (override.status === 'CANCELLED' && component.status !== 'CANCELLED')
        found.push(
          `${(override.start as Date).toISOString()}|${(override.end as Date).toISOString()}|CANCELLED`,
        );
    }
  }
  return [...new Set(found)].sort();
}

/** The same, as ical.js expands it (with the feed's own VTIMEZONE registered). */
function icalJsInstances(text: string): string[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = root.getAllSubcomponents('vevent');
  const found: string[] = [];
  for (const master of vevents.filter((vevent) => !vevent.hasProperty('recurrence-id'))) {
    const uid = master.getFirstPropertyValue('uid');
    const overrides = vevents.filter(
      (v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid,
    );
    const event = new ICAL.Event(master, { exceptions: overrides });
    const masterStatus = String(master.getFirstPropertyValue('status') ?? 'CONFIRMED');
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const status = String(details.item.component.getFirstPropertyValue('status') ?? masterStatus);
      found.push(
        details.startDate.isDate
          ? key(true, details.startDate.toString(), details.endDate.toString(), status)
          : key(
              false,
              details.startDate.toJSDate().toISOString(),
              details.endDate.toJSDate().toISOString(),
              status,
            ),
      );
    }
    for (const override of overrides)
      if (override.getFirstPropertyValue('status') === 'CANCELLED' && masterStatus !== 'CANCELLED') {
        const item = new ICAL.Event(override);
        found.push(
          `${item.startDate.toJSDate().toISOString()}|${item.endDate.toJSDate().toISOString()}|CANCELLED`,
        );
      }
  }
  return [...new Set(found)].sort();
}

describe('iCalendar feeds', () => {
  let portal: TestApp;
  let ids: Record<string, number>;

  before(async () => {
    portal = await testApp({ data: 'none', clock });
    const db = portal.app.db;
    const moderator = await buildPerson(db, { roles: ['moderator'] });
    const as = {
      db,
      actorId: moderator.id,
      now: NOW,
      roles: ['user', 'moderator'],
      baseUrl: 'http://localhost:3000',
    };
    ids = {
      weekly: await publishedEvent(db, moderator.id, {
        title_pl: 'Webinarium; cykl „Klastry, Łódź i Gdańsk” — spotkania',
        description_pl: `Długi opis ${'zażółć gęślą jaźń, '.repeat(12)}\nNowa linia; średnik\\ukośnik`,
        start_date: '2026-10-14',
        start_time: '10:00',
        end_time: '11:30',
        recurrence_freq: 'WEEKLY',
        recurrence_count: '6',
      }),
      fair: await publishedEvent(db, moderator.id, {
        title_pl: 'Targi na przełomie marca',
        all_day: 'on',
        start_date: '2027-03-27',
        end_date: '2027-03-29',
      }),
      cancelled: await publishedEvent(db, moderator.id, {
        title_pl: 'Odwołana konferencja',
        start_date: '2026-11-20',
      }),
    };
    await commandAs(as, eventCanceller, { eventId: ids.cancelled as number, instance: null });
    await commandAs(as, eventCanceller, {
      eventId: ids.weekly as number,
      instance: warsawToInstant('2026-10-21T10:00').toISOString(),
    });
    await commandAs(as, instanceMover, {
      eventId: ids.weekly as number,
      instance: warsawToInstant('2026-11-04T10:00').toISOString(),
      startsAt: warsawToInstant('2026-11-05T12:00'),
      endsAt: warsawToInstant('2026-11-05T13:30'),
    });
  });
  after(() => portal.close());

  const get = (url: string, headers: Record<string, string> = {}) => portal.app.inject({ url, headers });

  it('gives the same instants through node-ical, ical.js and the API, valid by the RFC rules', async () => {
    const response = await get('/kalendarz.ics?from=2026-09-01&to=2027-08-31');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/calendar; charset=utf-8/);
    const text = response.body;
    assert.deepEqual(icalProblems(text), []);
    const fromNodeIcal = nodeIcalInstances(text);
    assert.deepEqual(icalJsInstances(text), fromNodeIcal);
    const api = JSON.parse((await get('/api/v1/events?from=2026-09-01&to=2027-08-31')).body) as {
      items: { starts_at: string; ends_at: string; cancelled: boolean; all_day: boolean }[];
    };
    const warsawDay = (instant: string) => warsawDate(instant);
    assert.deepEqual(
      api.items
        .map((item) =>
          item.all_day
            ? key(
                true,
                warsawDay(item.starts_at),
                warsawDay(item.ends_at),
                item.cancelled ? 'CANCELLED' : 'CONFIRMED',
              )
            : key(false, item.starts_at, item.ends_at, item.cancelled ? 'CANCELLED' : 'CONFIRMED'),
        )
        .sort(),
      fromNodeIcal,
    );
    // 10:00 Warsaw before and after the October change; the moved instance at its new time.
    for (const expected of [
      '2026-10-14T08:00:00.000Z|2026-10-14T09:30:00.000Z|CONFIRMED',
      '2026-10-21T08:00:00.000Z|2026-10-21T09:30:00.000Z|CANCELLED',
      '2026-10-28T09:00:00.000Z|2026-10-28T10:30:00.000Z|CONFIRMED',
      '2026-11-05T11:00:00.000Z|2026-11-05T12:30:00.000Z|CONFIRMED',
      '2026-11-20T09:00:00.000Z|2026-11-20T11:00:00.000Z|CANCELLED',
      '2027-03-27/2027-03-30|CONFIRMED',
    ])
      assert.ok(fromNodeIcal.includes(expected), expected);
    assert.ok(
      !fromNodeIcal.some((entry) => entry.startsWith('2026-11-04T09:00')),
      'the moved instance left its slot',
    );
  });

  it('writes all-day events as DATE values, series with RRULE, EXDATE and RECURRENCE-ID, escaped text', async () => {
    const text = (await get('/kalendarz.ics?from=2026-09-01&to=2027-08-31')).body;
    const unfolded = text.replace(/\r\n /g, '');
    assert.match(unfolded, /DTSTART;VALUE=DATE:20270327\r\nDTEND;VALUE=DATE:20270330/);
    assert.match(unfolded, /DTSTART;TZID=Europe\/Warsaw:20261014T100000/);
    assert.match(unfolded, /RRULE:FREQ=WEEKLY;COUNT=6/);
    assert.match(unfolded, /EXDATE;TZID=Europe\/Warsaw:20261021T100000/);
    assert.match(unfolded, /RECURRENCE-ID;TZID=Europe\/Warsaw:20261104T100000/);
    assert.match(unfolded, /SUMMARY:Webinarium\\; cykl „Klastry\\, Łódź i Gdańsk” — spotkania/);
    assert.match(unfolded, /Nowa linia\\; średnik\\\\ukośnik/);
    assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Warsaw/);
    assert.ok(
      text.split('\r\n').some((line) => line.startsWith(' ')),
      'long lines are folded',
    );
  });

  it('raises SEQUENCE on each change and keeps the UID', async () => {
    const db = portal.app.db;
    const before = await db
      .selectFrom('calendarEvents')
      .select(['uid', 'sequence'])
      .where('id', '=', ids.fair as number)
      .executeTakeFirstOrThrow();
    const moderator = await buildPerson(db, { roles: ['moderator'] });
    await commandAs(
      { db, actorId: moderator.id, now: NOW, roles: ['user', 'moderator'], baseUrl: 'http://localhost:3000' },
      eventEditor,
      {
        eventId: ids.fair as number,
        fields: eventFields({
          title_pl: 'Targi (nowa nazwa)',
          all_day: 'on',
          start_date: '2027-03-27',
          end_date: '2027-03-29',
        }),
      },
    );
    const text = (await get(`/kalendarz/wydarzenia/${ids.fair}.ics`)).body;
    assert.deepEqual(icalProblems(text), []);
    assert.match(text, new RegExp(`UID:${before.uid}`));
    assert.match(text, new RegExp(`SEQUENCE:${before.sequence + 1}`));
    assert.match(text, /STATUS:CONFIRMED/);
    const cancelled = (await get(`/kalendarz/wydarzenia/${ids.cancelled}.ics`)).body;
    assert.match(cancelled, /STATUS:CANCELLED/);
    assert.deepEqual(icalProblems(cancelled), []);
  });

  it('answers a repeated poll with 304 Not Modified', async () => {
    const first = await get('/kalendarz.ics?category=conference');
    const etag = String(first.headers.etag);
    assert.ok(etag);
    const again = await get('/kalendarz.ics?category=conference', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
  });

  it('offers per-category and per-cluster feeds, subscribe links and an Atom feed', async () => {
    const page = await get('/kalendarz?category=conference');
    assert.match(page.body, /href="\/kalendarz.ics\?category=conference" download/);
    assert.match(page.body, /webcal:\/\/localhost:3000\/kalendarz.ics\?category=conference/);
    assert.match(page.body, /calendar.google.com\/calendar\/render\?cid=webcal/);
    assert.match(page.body, /outlook.live.com\/calendar\/0\/addfromweb\?url=http/);
    const atom = await get('/kalendarz/nowe.atom');
    assert.equal(atom.statusCode, 200);
    assert.match(atom.body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.match(atom.body, /Odwołana konferencja/);
    const bad = await get('/kalendarz.ics?from=31.02.2026');
    assert.equal(bad.statusCode, 400);
    const caller = await apiPerson(portal.app, clock, []);
    assert.equal((await caller.get(`/api/v1/events/${ids.weekly}`)).statusCode, 200);
  });
});
