import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { apiPerson, buildPerson } from '../../../test/factories.ts';
import { publishedEvent } from './testing.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const clock = { now: () => NOW };

interface Listed {
  items: { id: number; starts_at: string; ends_at: string; cancelled: boolean; title: string }[];
  next_page: string | null;
}

describe('finding events in a date range', () => {
  let portal: TestApp;
  let moderatorId: number;
  const ids: Record<string, number> = {};

  before(async () => {
    portal = await testApp({ data: 'none', clock });
    moderatorId = (await buildPerson(portal.app.db, { roles: ['moderator'] })).id;
    const db = portal.app.db;
    // Ends exactly when the range (10–12 Dec) starts: 9 Dec 22:00 → 10 Dec 00:00 Warsaw.
    ids.endsAtStart = await publishedEvent(db, moderatorId, {
      start_date: '9.12.2026',
      start_time: '22:00',
      end_date: '10.12.2026',
      end_time: '00:00',
    });
    ids.multiDay = await publishedEvent(db, moderatorId, {
      all_day: 'on',
      start_date: '2026-12-05',
      end_date: '2026-12-20',
      title_pl: 'Targi Innowacji Łódź',
    });
    ids.lastDayAllDay = await publishedEvent(db, moderatorId, { all_day: 'on', start_date: '2026-12-12' });
    ids.afterRange = await publishedEvent(db, moderatorId, { all_day: 'on', start_date: '2026-12-13' });
    ids.weekly = await publishedEvent(db, moderatorId, {
      start_date: '2026-11-02',
      start_time: '10:00',
      end_time: '11:00',
      recurrence_freq: 'WEEKLY',
      recurrence_count: '10',
      category: 'webinar',
      online_url: 'https://webinar.example.pl/klastry',
      town: '',
      voivodeship: '',
    });
  });
  after(() => portal.close());

  const list = async (query: string): Promise<Listed> => {
    const response = await portal.app.inject({ url: `/api/v1/events?${query}` });
    assert.equal(response.statusCode, 200, response.body);
    return JSON.parse(response.body) as Listed;
  };

  it('includes overlapping multi-day events and all-day events on the last day, not one ending at the start', async () => {
    const found = await list('from=10.12.2026&to=2026-12-12');
    const listed = new Set(found.items.map((item) => item.id));
    assert.ok(
      !listed.has(ids.endsAtStart as number),
      'an event ending exactly at the range start is outside',
    );
    assert.ok(listed.has(ids.multiDay as number), 'a multi-day event overlapping the range is inside');
    assert.ok(listed.has(ids.lastDayAllDay as number), "an all-day event on the range's last day is inside");
    assert.ok(!listed.has(ids.afterRange as number));
  });

  it('expands a series inside the range only', async () => {
    const found = await list('from=2026-12-01&to=2026-12-31&category=webinar');
    assert.deepEqual(
      found.items.map((item) => item.starts_at),
      [
        '2026-12-07T09:00:00.000Z',
        '2026-12-14T09:00:00.000Z',
        '2026-12-21T09:00:00.000Z',
        '2026-12-28T09:00:00.000Z',
      ],
    );
  });

  it('finds "lodz" in "Łódź" and filters online events', async () => {
    assert.deepEqual(
      (await list('from=2026-12-01&to=2026-12-31&q=lodz')).items.map((item) => item.id),
      [ids.multiDay],
    );
    const online = await list('from=2026-12-01&to=2026-12-31&mode=online');
    assert.ok(online.items.every((item) => item.id === ids.weekly));
  });

  it('refuses a range ending before it starts, 31.02 and an unknown category, naming the fields', async () => {
    const response = await portal.app.inject({
      url: '/api/v1/events?from=31.02.2026&to=2026-01-01&category=party',
    });
    assert.equal(response.statusCode, 400);
    const body = JSON.parse(response.body) as { error: { code: string; fields: Record<string, string> } };
    assert.equal(body.error.code, 'validation_failed');
    assert.deepEqual(Object.keys(body.error.fields).sort(), ['category', 'from']);
    const backwards = await portal.app.inject({ url: '/api/v1/events?from=2026-12-10&to=2026-12-01' });
    assert.match(JSON.parse(backwards.body).error.fields.to, /początkowa|start date/);
    const page = await portal.app.inject({
      url: '/kalendarz?from=2026-12-10&to=9.12.2026',
      headers: { 'accept-language': 'pl' },
    });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /Data końcowa musi być taka sama jak początkowa albo późniejsza/);
    assert.match(page.body, /href="#field-to"/);
  });

  it('pages the upcoming list by keyset with stable addresses, past events behind a switch', async () => {
    const first = await portal.app.inject({ url: '/kalendarz' });
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /Targi Innowacji Łódź/);
    assert.match(first.body, /href="\/kalendarz\?past=1"/);
    const past = await portal.app.inject({ url: '/kalendarz?past=1' });
    // The series began on 2 November: its first instances are past.
    assert.match(past.body, /2 listopada 2026/);
    const bad = await portal.app.inject({ url: '/kalendarz?page=abc' });
    assert.equal(bad.statusCode, 400);
  });

  it('shows the month as a table with headers, each day’s events as links, Polish dates', async () => {
    const response = await portal.app.inject({ url: '/kalendarz/miesiac?month=2026-12' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<caption[^>]*>Wydarzenia w miesiącu: grudzień 2026<\/caption>/);
    assert.match(response.body, /<th scope="col"[^>]*><abbr title="poniedziałek">/);
    assert.match(response.body, new RegExp(`href="/kalendarz/wydarzenia/${ids.lastDayAllDay}"`));
    assert.match(response.body, /12 grudnia/);
    const bad = await portal.app.inject({ url: '/kalendarz/miesiac?month=2026-13' });
    assert.equal(bad.statusCode, 400);
  });

  it('pages the API through next_page without repeating an instance', async () => {
    const caller = await apiPerson(portal.app, clock, []);
    const seen: string[] = [];
    let url = '/api/v1/events?from=2026-11-01&to=2027-01-31';
    for (;;) {
      const body = JSON.parse((await caller.get(url)).body) as Listed;
      seen.push(...body.items.map((item) => `${item.id}@${item.starts_at}`));
      if (!body.next_page) break;
      url = `/api/v1/events?from=2026-11-01&to=2027-01-31&page=${encodeURIComponent(body.next_page)}`;
    }
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(seen.filter((entry) => entry.startsWith(`${ids.weekly}@`)).length, 10);
  });
});
