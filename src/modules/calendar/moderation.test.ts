import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { apiPerson, clusterWithTeam, signedInPerson } from '../../../test/factories.ts';
import { searchDocuments } from '../search/documents.ts';
import { eventFields } from './testing.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const clock = { now: () => NOW };

const asForm = (fields: ReturnType<typeof eventFields>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      Array.isArray(value) ? String(value[0]) : String(value),
    ]),
  );

describe('proposing and moderating events', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none', clock });
  });
  after(() => portal.close());

  const db = () => portal.app.db;
  const eventCount = async () => (await db().selectFrom('calendarEvents').select('id').execute()).length;
  const mailsTo = (to: string) =>
    db()
      .selectFrom('mailOutbox')
      .select(['subject', 'textBody'])
      .where('toAddress', '=', to)
      .orderBy('id')
      .execute();
  const auditOf = async (id: number) =>
    (
      await db()
        .selectFrom('auditEvents')
        .select('action')
        .where('entityType', '=', 'calendar_event')
        .where('entityId', '=', String(id))
        .orderBy('id')
        .execute()
    ).map((row) => row.action);

  it('takes a proposal from a signed-in person into the queue, refusing bad input and a missing CSRF token', async () => {
    const proposer = await signedInPerson(portal.app, [], { locale: 'en' });
    const before = await eventCount();
    await proposer.visitor.get('/kalendarz/zglos');
    const noToken = await proposer.visitor.post('/kalendarz/zglos', asForm(eventFields()), { csrf: null });
    assert.equal(noToken.statusCode, 403);
    await proposer.visitor.get('/kalendarz/zglos');
    const bad = await proposer.visitor.post(
      '/kalendarz/zglos',
      asForm(
        eventFields({
          title_pl: '<b>x</b>',
          start_date: '31.02.2026',
          registration_url: 'javascript:alert(1)',
        }),
      ),
    );
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /role="alert"/);
    assert.match(bad.body, /href="#field-start_date"/);
    assert.match(bad.body, /href="#field-registration_url"/);
    assert.equal(await eventCount(), before, 'nothing stored');

    const first = await proposer.visitor.post(
      '/kalendarz/zglos',
      asForm(eventFields({ title_pl: 'Pierwsze zgłoszenie' })),
    );
    assert.equal(first.statusCode, 303);
    const id = Number(String(first.headers.location).split('/').pop());
    const row = await db()
      .selectFrom('calendarEvents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'submitted');
    assert.deepEqual(await auditOf(id), ['calendar.event.proposed']);
    const mails = await mailsTo(proposer.email);
    assert.equal(mails.at(-1)?.subject, 'Event proposed to the calendar');
    // Not public until published.
    assert.equal((await portal.app.inject({ url: `/kalendarz/wydarzenia/${id}` })).statusCode, 404);
    assert.equal((await proposer.visitor.get(`/kalendarz/wydarzenia/${id}`)).statusCode, 200);
  });

  it('lets moderators publish, return with a comment and reject, from a queue oldest first', async () => {
    const proposer = await signedInPerson(portal.app, []);
    const moderator = await signedInPerson(portal.app, ['moderator']);
    const ids: number[] = [];
    for (const title of ['Najstarsze zgłoszenie', 'Drugie zgłoszenie', 'Trzecie zgłoszenie']) {
      await proposer.visitor.get('/kalendarz/zglos');
      const response = await proposer.visitor.post(
        '/kalendarz/zglos',
        asForm(eventFields({ title_pl: title })),
      );
      ids.push(Number(String(response.headers.location).split('/').pop()));
    }
    // A plain user may not see the queue.
    assert.equal((await proposer.visitor.get('/kalendarz/moderacja')).statusCode, 403);
    const queue = await moderator.visitor.get('/kalendarz/moderacja');
    assert.equal(queue.statusCode, 200);
    const order = [...queue.body.matchAll(/id="event-(\d+)"/g)].map((match) => Number(match[1]));
    assert.deepEqual(
      order.filter((id) => ids.includes(id)),
      ids,
    );

    const [published, returned, rejected] = ids as [number, number, number];
    const noComment = await moderator.visitor.post(`/kalendarz/wydarzenia/${returned}/moderacja`, {
      decision: 'return',
      comment: '',
    });
    assert.equal(noComment.statusCode, 400);
    assert.match(noComment.body, /Napisz zgłaszającemu/);
    await moderator.visitor.get('/kalendarz/moderacja');
    assert.equal(
      (
        await moderator.visitor.post(`/kalendarz/wydarzenia/${returned}/moderacja`, {
          decision: 'return',
          comment: 'Podaj adres.',
        })
      ).statusCode,
      303,
    );
    await moderator.visitor.get('/kalendarz/moderacja');
    await moderator.visitor.post(`/kalendarz/wydarzenia/${published}/moderacja`, {
      decision: 'publish',
      comment: '',
    });
    await moderator.visitor.get('/kalendarz/moderacja');
    await moderator.visitor.post(`/kalendarz/wydarzenia/${rejected}/moderacja`, {
      decision: 'reject',
      comment: 'To nie wydarzenie klastrowe.',
    });

    const states = await db()
      .selectFrom('calendarEvents')
      .select(['id', 'state'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      states.map((row) => row.state),
      ['published', 'returned', 'rejected'],
    );
    assert.deepEqual((await mailsTo(proposer.email)).map((mail) => mail.subject).slice(-3), [
      'Wydarzenie zwrócone do poprawy',
      'Wydarzenie opublikowane',
      'Wydarzenie odrzucone',
    ]);
    assert.match((await mailsTo(proposer.email)).at(-3)?.textBody ?? '', /Podaj adres\./);
    assert.deepEqual(await auditOf(published), ['calendar.event.proposed', 'calendar.event.published']);
    // Published: public, and found by portal-wide search in the change's transaction.
    assert.equal((await portal.app.inject({ url: `/kalendarz/wydarzenia/${published}` })).statusCode, 200);
    const hits = await searchDocuments(db(), { q: 'najstarsze', locale: 'pl', visibilities: ['public'] });
    assert.deepEqual(
      hits.hits.map((hit) => hit.url),
      [`/kalendarz/wydarzenia/${published}`],
    );
    assert.equal((await portal.app.inject({ url: `/kalendarz/wydarzenia/${rejected}` })).statusCode, 404);
    // A decided proposal cannot be decided again.
    await moderator.visitor.get('/kalendarz/moderacja');
    assert.equal(
      (
        await moderator.visitor.post(`/kalendarz/wydarzenia/${rejected}/moderacja`, {
          decision: 'publish',
          comment: '',
        })
      ).statusCode,
      409,
    );

    // The proposer corrects the returned one: it goes back to the queue.
    await proposer.visitor.get(`/kalendarz/wydarzenia/${returned}/edycja`);
    const corrected = await proposer.visitor.post(
      `/kalendarz/wydarzenia/${returned}/edycja`,
      asForm(eventFields({ title_pl: 'Drugie zgłoszenie (poprawione)', address: 'ul. Długa 1' })),
    );
    assert.equal(corrected.statusCode, 303);
    const again = await db()
      .selectFrom('calendarEvents')
      .select('state')
      .where('id', '=', returned)
      .executeTakeFirstOrThrow();
    assert.equal(again.state, 'submitted');
  });

  it('keeps the history of a published event changed by a moderator, and cancels without deleting', async () => {
    const moderator = await apiPerson(portal.app, clock, ['moderator']);
    const created = await moderator.send(
      'POST',
      '/api/v1/events',
      eventFields({ title_pl: 'Wersja pierwsza' }),
    );
    assert.equal(created.statusCode, 201, created.body);
    const { id, state } = JSON.parse(created.body) as { id: number; state: string };
    assert.equal(state, 'published');
    const changed = await moderator.send(
      'PUT',
      `/api/v1/events/${id}`,
      eventFields({ title_pl: 'Wersja druga' }),
    );
    assert.equal(changed.statusCode, 200, changed.body);
    const revisions = await db()
      .selectFrom('calendarEventRevisions')
      .select(['sequence', 'snapshot'])
      .where('eventId', '=', id)
      .execute();
    assert.equal(revisions.length, 1);
    assert.match(revisions[0]?.snapshot ?? '', /Wersja pierwsza/);
    assert.equal((await moderator.send('POST', `/api/v1/events/${id}/cancellation`, {})).statusCode, 204);
    const detail = JSON.parse((await portal.app.inject({ url: `/api/v1/events/${id}` })).body) as {
      cancelled: boolean;
      sequence: number;
      title_pl: string;
    };
    assert.deepEqual([detail.cancelled, detail.sequence, detail.title_pl], [true, 2, 'Wersja druga']);
    const page = await portal.app.inject({ url: `/kalendarz/wydarzenia/${id}` });
    assert.match(page.body, /Odwołane/);
    const bad = await moderator.send('POST', '/api/v1/events', {
      ...eventFields(),
      start_date: '31.02.2026',
      end_date: '2026-01-01',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok('start_date' in JSON.parse(bad.body).error.fields);
  });

  it('lets a trusted cluster’s team publish its own events without review', async () => {
    const operator = await apiPerson(portal.app, clock, ['operator']);
    const member = await apiPerson(portal.app, clock, []);
    const cluster = await clusterWithTeam(db(), member.userId);
    const proposal = eventFields({ organiser_kind: 'cluster', organiser_cluster_id: cluster.id });
    const before = JSON.parse((await member.send('POST', '/api/v1/events', proposal)).body) as {
      state: string;
    };
    assert.equal(before.state, 'submitted');
    assert.equal(
      (await member.send('PUT', `/api/v1/calendar/trusted-clusters/${cluster.id}`, { trusted: true }))
        .statusCode,
      403,
    );
    assert.equal(
      (await operator.send('PUT', `/api/v1/calendar/trusted-clusters/${cluster.id}`, { trusted: true }))
        .statusCode,
      204,
    );
    const after = JSON.parse(
      (
        await member.send(
          'POST',
          '/api/v1/events',
          eventFields({ organiser_kind: 'cluster', organiser_cluster_id: cluster.id }),
        )
      ).body,
    ) as {
      state: string;
      id: number;
    };
    assert.equal(after.state, 'published');
    // Someone outside the team still waits for review, even naming that cluster.
    const outsider = await apiPerson(portal.app, clock, []);
    const theirs = JSON.parse((await outsider.send('POST', '/api/v1/events', proposal)).body) as {
      state: string;
    };
    assert.equal(theirs.state, 'submitted');
    // The cluster's profile lists its upcoming events.
    const profile = await portal.app.inject({ url: `/klastry/${cluster.slug}` });
    assert.match(profile.body, /Wydarzenia klastra/);
    assert.match(profile.body, new RegExp(`href="/kalendarz/wydarzenia/${after.id}"`));
  });
});
