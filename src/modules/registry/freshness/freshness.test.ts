import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';
import { clusterWithOwner, joinTeam, type Person } from '../team/testing.ts';
import { buildCluster } from '../testing.ts';
import { freshnessReminderJob, reminderDueOn } from './reminderJob.ts';

const START = new Date();
let now = START;
const clock = { now: () => now };
const later = (months: number, days = 0) => DateTime.fromJSDate(START).plus({ months, days }).toJSDate();

describe('the half-yearly confirmation of a cluster’s data', () => {
  let portal: TestApp;
  let cluster: { id: number; slug: string; owner: Person };
  let editor: Person;
  const job = () => freshnessReminderJob({ db: portal.app.db, clock, baseUrl: 'http://localhost:3000' });
  const remindersTo = async (email: string) =>
    (
      await portal.app.db
        .selectFrom('mailOutbox')
        .select('id')
        .where('toAddress', '=', email)
        .where('template', '=', 'freshnessReminder')
        .execute()
    ).length;

  before(async () => {
    portal = await testApp({ data: 'reference', clock });
    const monthAgo = later(-1).toISOString();
    cluster = await clusterWithOwner(portal.app, {
      name: 'Klaster Aktualny',
      registeredAt: later(-24).toISOString(),
      confirmedAt: monthAgo,
    });
    editor = await signedInPerson(portal.app, ['user']);
    await joinTeam(portal.app, cluster.id, editor, 'editor');
    await buildCluster(portal.app.db, {
      name: 'Klaster Bez Zespołu',
      email: 'biuro@bez-zespolu.example',
      registeredAt: monthAgo,
      confirmedAt: START.toISOString(),
    });
    await buildCluster(portal.app.db, {
      name: 'Klaster Szkic',
      email: 'szkic@example.pl',
      status: 'draft',
      registeredAt: later(-24).toISOString(),
    });
    await buildCluster(portal.app.db, {
      name: 'Klaster Niedokończony',
      email: 'brak@example.pl',
      profileCompleted: false,
      registeredAt: later(-24).toISOString(),
    });
  });
  after(() => portal.close());

  it('counts six-month periods from the last confirmation', () => {
    assert.equal(reminderDueOn('2026-01-31T10:00:00.000Z', new Date('2026-07-30T10:00:00Z')), null);
    assert.equal(reminderDueOn('2026-01-31T10:00:00.000Z', new Date('2026-08-01T10:00:00Z')), '2026-07-31');
    assert.equal(reminderDueOn('2026-01-31T10:00:00.000Z', new Date('2027-02-01T10:00:00Z')), '2027-01-31');
  });

  it('lets the team confirm the data, audited', async () => {
    await editor.visitor.get(`/moje-klastry/${cluster.slug}/czlonkowie`);
    assert.match(editor.visitor.lastPage, /Potwierdzam aktualność danych/);
    const confirmed = await editor.visitor.post(`/moje-klastry/${cluster.slug}/potwierdzenie`, {});
    assert.equal(confirmed.statusCode, 303);
    const row = await portal.app.db
      .selectFrom('clusters')
      .select('confirmedAt')
      .where('id', '=', cluster.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.confirmedAt, START.toISOString());
    const events = await portal.app.db
      .selectFrom('auditEvents')
      .select('actorId')
      .where('action', '=', 'cluster.data_confirmed')
      .execute();
    assert.deepEqual(
      events.map((e) => e.actorId),
      [editor.id],
    );
  });

  it('reminds nobody within six months of a confirmation', async () => {
    now = later(5, 27);
    assert.equal(await job(), 0);
  });

  it('mails the team once after six months, then not again within the period, even run twice at once', async () => {
    now = later(6, 1);
    assert.equal(await job(), 2, 'the confirmed cluster and the one without a team');
    assert.equal(await remindersTo(cluster.owner.email), 1);
    assert.equal(await remindersTo(editor.email), 1);
    assert.equal(await remindersTo('biuro@bez-zespolu.example'), 1, 'no team: the cluster’s own address');
    assert.equal(await remindersTo('szkic@example.pl'), 0, 'a draft is not reminded');
    assert.equal(await remindersTo('brak@example.pl'), 0, 'an incomplete profile is not reminded');
    const twice = await Promise.all([job(), job()]);
    assert.deepEqual(twice, [0, 0]);
    now = later(9);
    assert.equal(await job(), 0);
    assert.equal(await remindersTo(cluster.owner.email), 1);
  });

  it('labels the profile outdated after twelve months (page and API) and reminds again', async () => {
    now = later(11, 27);
    const fresh = await portal.app.inject({ url: `/api/v1/clusters/${cluster.slug}` });
    assert.equal(fresh.json().outdated, false);
    now = later(12, 2);
    const api = await portal.app.inject({ url: `/api/v1/clusters/${cluster.slug}` });
    assert.equal(api.json().outdated, true);
    const page = await portal.app.inject({ url: `/klastry/${cluster.slug}` });
    assert.match(page.body, /class="govuk-tag govuk-tag--yellow">[^<]*nieaktualn/i);
    assert.equal(await job(), 2);
    assert.equal(await remindersTo(cluster.owner.email), 2);
  });
});
