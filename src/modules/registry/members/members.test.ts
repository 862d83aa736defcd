import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';
import { clusterWithOwner, type Person } from '../team/testing.ts';
import { optionLabels, POLISH_ORDER } from '../testing.ts';
import { nip } from './testing.ts';

const count = async (portal: TestApp, table: 'organisations' | 'memberships' | 'memberChanges') =>
  Number(
    (
      await portal.app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const memberCount = async (portal: TestApp, id: number) =>
  (
    await portal.app.db
      .selectFrom('clusters')
      .select('memberCount')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).memberCount;

const FORM = {
  name: 'Zakład Mechaniki Precyzyjnej sp. z o.o.',
  type: 'przedsiębiorstwo',
  size: 'małe',
  voivodeship: '10',
  city: 'Łódź',
  joinedOn: '2024-03-15',
  regon: '',
  krs: '',
};

describe('editing the member list in the form', () => {
  let portal: TestApp;
  let draft: { id: number; slug: string; owner: Person };
  let published: { id: number; slug: string; owner: Person };

  before(async () => {
    portal = await testApp({ data: 'reference' });
    draft = await clusterWithOwner(portal.app, { name: 'Klaster Roboczy', status: 'draft' });
    published = await clusterWithOwner(portal.app, {
      name: 'Klaster Opublikowany',
      members: [{ type: 'university', name: 'Politechnika Próbna' }],
    });
  });
  after(() => portal.close());

  it('offers the voivodeships of a member in Polish alphabetical order', async () => {
    const page = await draft.owner.visitor.get(`/moje-klastry/${draft.slug}/czlonkowie`);
    assert.deepEqual(optionLabels(page.body, 'voivodeship'), POLISH_ORDER);
  });

  it('refuses an invalid NIP with a field message, keeps what was typed and writes nothing', async () => {
    const before = await count(portal, 'organisations');
    await draft.owner.visitor.get(`/moje-klastry/${draft.slug}/czlonkowie`);
    const response = await draft.owner.visitor.post(`/moje-klastry/${draft.slug}/czlonkowie`, {
      ...FORM,
      nip: '123-456-32-19',
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /class="govuk-error-summary"/);
    assert.match(response.body, /id="error-nip"/);
    const wrongOrder = await draft.owner.visitor.post(`/moje-klastry/${draft.slug}/czlonkowie`, {
      ...FORM,
      type: 'nieznany typ',
      nip: '123-456-32-19',
      joinedOn: 'wczoraj',
    });
    const summary = [...wrongOrder.body.matchAll(/<li><a href="#field-(\w+)">/g)].map((match) => match[1]);
    assert.deepEqual(summary, ['type', 'nip', 'joinedOn'], 'the summary in the order of the form');
    assert.match(response.body, /value="Zakład Mechaniki Precyzyjnej sp. z o.o."/);
    assert.equal(await count(portal, 'organisations'), before);
    assert.equal(await count(portal, 'memberships'), 1);
  });

  it('adds a member of a draft cluster at once, audited, and refuses the same organisation twice', async () => {
    await draft.owner.visitor.get(`/moje-klastry/${draft.slug}/czlonkowie`);
    const added = await draft.owner.visitor.post(`/moje-klastry/${draft.slug}/czlonkowie`, {
      ...FORM,
      nip: nip(700001),
    });
    assert.equal(added.statusCode, 303);
    assert.equal(await memberCount(portal, draft.id), 1);
    const events = await portal.app.db
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'cluster.members_changed')
      .execute();
    assert.equal(events.length, 1);

    await draft.owner.visitor.get(`/moje-klastry/${draft.slug}/czlonkowie`);
    const twice = await draft.owner.visitor.post(`/moje-klastry/${draft.slug}/czlonkowie`, {
      ...FORM,
      name: 'Inna nazwa',
      nip: nip(700001),
    });
    assert.equal(twice.statusCode, 400);
    assert.match(twice.body, /jest już członkiem klastra/);
    assert.equal(await memberCount(portal, draft.id), 1);
  });

  it('reuses an organisation already known by its NIP instead of copying it', async () => {
    const before = await count(portal, 'organisations');
    await published.owner.visitor.get(`/moje-klastry/${published.slug}/czlonkowie`);
    // The same organisation joins a second cluster (a draft one, applied at once).
    const second = await clusterWithOwner(portal.app, { name: 'Klaster Drugi', status: 'draft' });
    await second.owner.visitor.get(`/moje-klastry/${second.slug}/czlonkowie`);
    const added = await second.owner.visitor.post(`/moje-klastry/${second.slug}/czlonkowie`, {
      ...FORM,
      name: 'ZMP sp. z o.o.',
      nip: nip(700001),
    });
    assert.equal(added.statusCode, 303);
    assert.equal(await count(portal, 'organisations'), before);
    assert.equal(await memberCount(portal, second.id), 1);
  });

  it('marks a member as left from a date, and refuses a date in the future', async () => {
    const page = await draft.owner.visitor.get(`/moje-klastry/${draft.slug}/czlonkowie`);
    const membershipId = page.body.match(/czlonkowie\/(\d+)\/odejscie/)?.[1];
    assert.ok(membershipId);
    assert.match(
      page.body,
      new RegExp(
        `<a class="govuk-link" href="[^"]*/czlonkowie/${membershipId}/odejscie">Oznacz jako byłego członka`,
      ),
    );
    assert.doesNotMatch(page.body, /name="leftOn"/, 'no pre-filled date in the list: a row action');
    const confirm = await draft.owner.visitor.get(
      `/moje-klastry/${draft.slug}/czlonkowie/${membershipId}/odejscie`,
    );
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /<h1 class="govuk-heading-l">Oznaczyć jako byłego członka: /);
    assert.match(
      confirm.body,
      /<input class="[^"]*" id="field-leftOn" name="leftOn" type="date" value=""/,
      'the date is typed, not pre-filled',
    );
    assert.match(confirm.body, /Potwierdź odejście członka/);
    const empty = await draft.owner.visitor.post(
      `/moje-klastry/${draft.slug}/czlonkowie/${membershipId}/odejscie`,
      {
        leftOn: '',
      },
    );
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /id="error-leftOn"/);
    assert.equal(await memberCount(portal, draft.id), 1, 'nothing changes without a date');
    const future = await draft.owner.visitor.post(
      `/moje-klastry/${draft.slug}/czlonkowie/${membershipId}/odejscie`,
      { leftOn: '2999-01-01' },
    );
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /id="error-leftOn"/);
    assert.match(future.body, /value="2999-01-01"/, 'what was typed is kept');
    const left = await draft.owner.visitor.post(
      `/moje-klastry/${draft.slug}/czlonkowie/${membershipId}/odejscie`,
      { leftOn: '2025-06-30' },
    );
    assert.equal(left.statusCode, 303);
    assert.equal(await memberCount(portal, draft.id), 0);
  });

  it('keeps a published cluster’s change pending until an operator approves it, then mails the team', async () => {
    await published.owner.visitor.get(`/moje-klastry/${published.slug}/czlonkowie`);
    const requested = await published.owner.visitor.post(`/moje-klastry/${published.slug}/czlonkowie`, {
      ...FORM,
      name: 'Nowa Firma Opublikowana',
      nip: nip(700002),
    });
    assert.equal(requested.statusCode, 303);
    assert.match(String(requested.headers.location), /komunikat=oczekuje/);
    assert.equal(await memberCount(portal, published.id), 1);
    const profile = await portal.app.inject({ url: `/klastry/${published.slug}` });
    assert.doesNotMatch(profile.body, /Nowa Firma Opublikowana/);

    const owner = published.owner;
    assert.equal(
      (await owner.visitor.get('/admin/zmiany-czlonkow')).statusCode,
      403,
      'the team cannot approve its own change',
    );
    const operator = await signedInPerson(portal.app, ['operator']);
    const review = await operator.visitor.get('/admin/zmiany-czlonkow');
    assert.equal(review.statusCode, 200);
    assert.match(review.body, /\+ Nowa Firma Opublikowana/);
    const changeId = review.body.match(/action="\/admin\/zmiany-czlonkow\/(\d+)"/)?.[1];
    assert.ok(changeId);

    const noReason = await operator.visitor.post(`/admin/zmiany-czlonkow/${changeId}`, {
      decision: 'reject',
      reason: '',
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, new RegExp(`id="error-reason-${changeId}"`));

    await operator.visitor.get('/admin/zmiany-czlonkow');
    const approved = await operator.visitor.post(`/admin/zmiany-czlonkow/${changeId}`, {
      decision: 'approve',
      reason: '',
    });
    assert.equal(approved.statusCode, 303);
    assert.equal(await memberCount(portal, published.id), 2);
    const shown = await portal.app.inject({ url: `/klastry/${published.slug}` });
    assert.match(shown.body, /Nowa Firma Opublikowana/);
    const mail = await portal.app.db
      .selectFrom('mailOutbox')
      .select('subject')
      .where('toAddress', '=', owner.email)
      .where('template', '=', 'memberChangeDecided')
      .execute();
    assert.equal(mail.length, 1);
    assert.match(mail[0]?.subject ?? '', /Zatwierdzono/);

    await operator.visitor.get('/admin/zmiany-czlonkow');
    const twice = await operator.visitor.post(`/admin/zmiany-czlonkow/${changeId}`, { decision: 'approve' });
    assert.equal(twice.statusCode, 409);
  });

  it('rejects a pending change with a reason: nothing applied, the reason mailed', async () => {
    await published.owner.visitor.get(`/moje-klastry/${published.slug}/czlonkowie`);
    await published.owner.visitor.post(`/moje-klastry/${published.slug}/czlonkowie`, {
      ...FORM,
      name: 'Firma Odrzucona',
      nip: nip(700003),
    });
    const operator = await signedInPerson(portal.app, ['operator']);
    const review = await operator.visitor.get('/admin/zmiany-czlonkow');
    const changeId = review.body.match(/action="\/admin\/zmiany-czlonkow\/(\d+)"/)?.[1];
    const rejected = await operator.visitor.post(`/admin/zmiany-czlonkow/${changeId}`, {
      decision: 'reject',
      reason: 'Brak umowy członkowskiej.',
    });
    assert.equal(rejected.statusCode, 303);
    assert.equal(await memberCount(portal, published.id), 2);
    const mail = await portal.app.db
      .selectFrom('mailOutbox')
      .select('textBody')
      .where('template', '=', 'memberChangeDecided')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.match(mail.textBody, /Brak umowy członkowskiej/);
  });
});
