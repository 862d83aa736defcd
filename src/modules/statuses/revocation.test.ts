import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { signedInPerson } from '../../../test/factories.ts';
import { apiTokenCreator } from '../accounts/apiTokens.ts';
import { statusGranter } from './statusGranter.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('revoking a KKK status', () => {
  let portal: TestApp;
  let grant: () => Promise<{ statusId: number; verificationCode: string }>;

  before(async () => {
    portal = await testApp({ data: 'reference', clock: { now: () => NOW } });
    const db = portal.database.db;
    const cluster = await db
      .selectFrom('clusters')
      .select('id')
      .where('slug', '=', 'interizon')
      .executeTakeFirstOrThrow();
    grant = () =>
      db.transaction().execute((trx) =>
        statusGranter(
          trx,
          {
            clusterId: cluster.id,
            representedById: null,
            roundId: 12,
            roundNumber: 7,
            roundYear: 2026,
            programme: 'kkk',
            documentNumber: 'DIP-VII/2026/03',
            documentDate: '2026-11-20',
            validUntil: '2029-11-19',
            actorId: null,
          },
          NOW,
        ),
      );
  });
  after(() => portal.close());

  const path = (statusId: number) => `/krajowe-klastry-kluczowe/statusy/${statusId}/cofniecie`;

  it('is for operators only', async () => {
    const { statusId } = await grant();
    const anonymous = await portal.app.inject({ url: path(statusId) });
    assert.equal(anonymous.statusCode, 303);
    const coordinator = await signedInPerson(portal.app, ['coordinator']);
    assert.equal((await coordinator.visitor.get(path(statusId))).statusCode, 403);
    const registry = await coordinator.visitor.get('/krajowe-klastry-kluczowe');
    assert.doesNotMatch(registry.body, /cofniecie/);
  });

  it('takes a reason through the form, keeps what was typed on error, and shows the revocation', async () => {
    const { statusId, verificationCode } = await grant();
    const operator = await signedInPerson(portal.app, ['operator']);
    const registry = await operator.visitor.get('/krajowe-klastry-kluczowe');
    assert.ok(registry.body.includes(`href="${path(statusId)}"`));
    await operator.visitor.get(path(statusId));
    const tooShort = await operator.visitor.post(path(statusId), { reason: 'Za mało' });
    assert.equal(tooShort.statusCode, 400);
    assert.match(tooShort.body, /error-summary/);
    assert.match(tooShort.body, />Za mało<\/textarea>/);
    const done = await operator.visitor.post(path(statusId), {
      reason: 'Decyzja ministra nr 12/2026 z 26 listopada 2026 r.',
    });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, `/weryfikacja/${verificationCode}`);
    const page = await operator.visitor.get(`/weryfikacja/${verificationCode}`);
    assert.match(page.body, /Status został cofnięty/);
    assert.match(page.body, /Decyzja ministra nr 12\/2026/);
    await operator.visitor.get(path(statusId));
    const again = await operator.visitor.post(path(statusId), { reason: 'Drugi raz ta sama decyzja.' });
    assert.equal(again.statusCode, 409);
    const audit = await portal.database.db
      .selectFrom('auditEvents')
      .select(['action', 'actorId'])
      .where('entityType', '=', 'kkk_status')
      .where('entityId', '=', String(statusId))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((event) => [event.action, event.actorId]),
      [
        ['kkk.status.granted', null],
        ['kkk.status.revoked', operator.id],
      ],
    );
  });

  it('works through the API with an operator’s bearer token', async () => {
    const { statusId, verificationCode } = await grant();
    const db = portal.database.db;
    const operator = await signedInPerson(portal.app, ['operator']);
    await db
      .updateTable('users')
      .set({ totpEnabledAt: NOW.toISOString() })
      .where('id', '=', operator.id)
      .execute();
    const { token } = await apiTokenCreator(db, {
      userId: operator.id,
      name: 'test',
      now: NOW,
      twoFactorProven: true,
    });
    const revoke = (reason: string, bearer = token) =>
      portal.app.inject({
        method: 'POST',
        url: `/api/v1/kkk/${statusId}/revocation`,
        headers: { authorization: `Bearer ${bearer}` },
        payload: { reason },
      });
    assert.equal((await revoke('krótko')).statusCode, 400);
    const user = await signedInPerson(portal.app, ['user']);
    const userToken = await apiTokenCreator(db, {
      userId: user.id,
      name: 'test',
      now: NOW,
      twoFactorProven: false,
    });
    assert.equal((await revoke('Decyzja ministra nr 13/2026.', userToken.token)).statusCode, 403);
    assert.equal((await revoke('Decyzja ministra nr 13/2026.')).statusCode, 204);
    assert.equal((await revoke('Decyzja ministra nr 13/2026.')).statusCode, 409);
    const json = (await portal.app.inject({ url: `/api/v1/certificates/${verificationCode}` })).json();
    assert.equal(json.status.state, 'revoked');
    assert.equal(json.status.revocation_reason, 'Decyzja ministra nr 13/2026.');
    assert.equal(json.status.certificate_url, null);
  });
});
