import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';
import { linkFromLatestMail, Visitor } from '../../../../test/visitor.ts';
import { systemClock } from '../../../platform/clock.ts';
import { SESSION_COOKIE, sessionStarter } from '../../accounts/sessions.ts';
import { userCreator } from '../../accounts/userCreator.ts';
import { invitationByToken } from './invitationAccepter.ts';
import { INVITATION_LIFETIME_MS } from './teamEditorAdder.ts';
import { clusterWithOwner, joinTeam, type Person } from './testing.ts';

async function teamRoleOf(portal: TestApp, clusterId: number, userId: number) {
  const row = await portal.app.db
    .selectFrom('clusterEditors')
    .select('role')
    .where('clusterId', '=', clusterId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

async function auditActions(portal: TestApp, action: string) {
  return portal.app.db
    .selectFrom('auditEvents')
    .select(['action', 'entityId'])
    .where('action', '=', action)
    .execute();
}

describe('the team of a cluster', () => {
  let portal: TestApp;
  let a: { id: number; slug: string; owner: Person };
  let b: { id: number; slug: string; owner: Person };

  before(async () => {
    portal = await testApp({ data: 'reference' });
    a = await clusterWithOwner(portal.app, { name: 'Klaster Zespołowy A' });
    b = await clusterWithOwner(portal.app, { name: 'Klaster Zespołowy B' });
  });
  after(() => portal.close());

  it('lets the owner add a person with an account at once, mailed and audited, and remove them', async () => {
    const colleague = await signedInPerson(portal.app, ['user']);
    const page = await a.owner.visitor.get(`/moje-klastry/${a.slug}/zespol`);
    assert.equal(page.statusCode, 200);
    const added = await a.owner.visitor.post(`/moje-klastry/${a.slug}/zespol`, {
      email: colleague.email.toUpperCase(),
    });
    assert.equal(added.statusCode, 303);
    assert.equal(await teamRoleOf(portal, a.id, colleague.id), 'editor');
    const mail = await portal.app.db
      .selectFrom('mailOutbox')
      .select(['template'])
      .where('toAddress', '=', colleague.email)
      .execute();
    assert.deepEqual(
      mail.map((m) => m.template),
      ['teamEditorAdded'],
    );
    assert.equal((await auditActions(portal, 'cluster.editor_added')).length, 1);

    const listed = await a.owner.visitor.get(`/moje-klastry/${a.slug}/zespol`);
    assert.match(listed.body, new RegExp(colleague.email));
    const again = await a.owner.visitor.post(`/moje-klastry/${a.slug}/zespol`, { email: colleague.email });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /jest już w zespole/);

    await a.owner.visitor.get(`/moje-klastry/${a.slug}/zespol`);
    const removed = await a.owner.visitor.post(`/moje-klastry/${a.slug}/zespol/${colleague.id}/usun`, {});
    assert.equal(removed.statusCode, 303);
    assert.equal(await teamRoleOf(portal, a.id, colleague.id), null);
    assert.equal((await auditActions(portal, 'cluster.editor_removed')).length, 1);
  });

  it('refuses a bad address with a field message and never removes the owner', async () => {
    await a.owner.visitor.get(`/moje-klastry/${a.slug}/zespol`);
    const bad = await a.owner.visitor.post(`/moje-klastry/${a.slug}/zespol`, { email: 'nie-adres' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="error-email"/);
    assert.match(bad.body, /value="nie-adres"/);
    await a.owner.visitor.get(`/moje-klastry/${a.slug}/zespol`);
    const self = await a.owner.visitor.post(`/moje-klastry/${a.slug}/zespol/${a.owner.id}/usun`, {});
    assert.equal(self.statusCode, 400);
    assert.equal(await teamRoleOf(portal, a.id, a.owner.id), 'owner');
  });

  it('invites an unknown address; the link makes the person an editor once signed in with it', async () => {
    const email = 'nowa.osoba@example.pl';
    await a.owner.visitor.get(`/moje-klastry/${a.slug}/zespol`);
    const invited = await a.owner.visitor.post(`/moje-klastry/${a.slug}/zespol`, { email });
    assert.equal(invited.statusCode, 303);
    const link = await linkFromLatestMail(portal.app, email, '/moje-klastry/zaproszenie');

    const stranger = new Visitor(portal.app);
    const anonymous = await stranger.get(link);
    assert.equal(anonymous.statusCode, 200);
    assert.match(anonymous.body, /konto\/logowanie\?wroc=/);

    const other = await signedInPerson(portal.app, ['user']);
    await other.visitor.get(link);
    const wrong = await other.visitor.post('/moje-klastry/zaproszenie', {
      token: new URL(link, 'http://x').searchParams.get('token') ?? '',
    });
    assert.equal(wrong.statusCode, 400);

    const user = await userCreator({
      db: portal.app.db,
      clock: systemClock,
      email,
      password: 'bardzo-dlugie-haslo',
      roles: ['user'],
    });
    const session = await sessionStarter(portal.app.db, {
      userId: user.id,
      now: new Date(),
      twoFactorVerified: true,
    });
    const invitee = new Visitor(portal.app);
    invitee.cookies.set(SESSION_COOKIE, session.token);
    await invitee.get(link);
    const token = new URL(link, 'http://x').searchParams.get('token') ?? '';
    const joined = await invitee.post('/moje-klastry/zaproszenie', { token });
    assert.equal(joined.statusCode, 303);
    assert.equal(joined.headers.location, `/moje-klastry/${a.slug}/czlonkowie`);
    assert.equal(await teamRoleOf(portal, a.id, user.id), 'editor');

    await invitee.get(`/moje-klastry/${a.slug}/czlonkowie`);
    const reused = await invitee.post('/moje-klastry/zaproszenie', { token });
    assert.equal(reused.statusCode, 400, 'the link works once');
  });

  it('lets an invitation expire after its lifetime', async () => {
    const email = 'spozniona@example.pl';
    await a.owner.visitor.get(`/moje-klastry/${a.slug}/zespol`);
    await a.owner.visitor.post(`/moje-klastry/${a.slug}/zespol`, { email });
    const link = await linkFromLatestMail(portal.app, email, '/moje-klastry/zaproszenie');
    const token = new URL(link, 'http://x').searchParams.get('token') ?? '';
    assert.ok(await invitationByToken(portal.app.db, token, new Date()));
    const tooLate = new Date(Date.now() + INVITATION_LIFETIME_MS + 60_000);
    assert.equal(await invitationByToken(portal.app.db, token, tooLate), null);
  });

  it('gives an editor the members of their own cluster only, and not the team page', async () => {
    const editor = await signedInPerson(portal.app, ['user']);
    await joinTeam(portal.app, a.id, editor, 'editor');
    assert.equal((await editor.visitor.get(`/moje-klastry/${a.slug}/czlonkowie`)).statusCode, 200);
    assert.equal((await editor.visitor.get(`/moje-klastry/${b.slug}/czlonkowie`)).statusCode, 403);
    assert.equal((await editor.visitor.get(`/moje-klastry/${a.slug}/zespol`)).statusCode, 403);
    await editor.visitor.get(`/moje-klastry/${a.slug}/czlonkowie`);
    const post = await editor.visitor.post(`/moje-klastry/${b.slug}/czlonkowie`, {
      name: 'Obca Firma',
      type: 'przedsiębiorstwo',
    });
    assert.equal(post.statusCode, 403);
    const manage = await editor.visitor.post(`/moje-klastry/${a.slug}/zespol`, { email: 'ktos@example.pl' });
    assert.equal(manage.statusCode, 403);
    const anonymous = await new Visitor(portal.app).get(`/moje-klastry/${a.slug}/czlonkowie`);
    assert.match(String(anonymous.headers.location), /^\/konto\/logowanie/, 'a stranger is sent to sign in');
  });
});
