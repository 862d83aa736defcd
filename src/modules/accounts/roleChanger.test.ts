import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { auditVerifier } from '../../platform/audit/verifier.ts';
import { systemClock } from '../../platform/clock.ts';
import { DomainError } from '../../platform/domainError.ts';
import { roleChanger } from './roleChanger.ts';
import { actorFromSession, sessionStarter } from './sessions.ts';
import { userCreator } from './userCreator.ts';

describe('changing roles', () => {
  let database: TestDatabase;
  let people = 0;
  before(async () => {
    database = await migratedDatabase();
  });
  after(() => database.destroy());

  async function person(roles: string[]) {
    people += 1;
    const email = `osoba${people}@example.pl`;
    return userCreator({
      db: database.db,
      clock: systemClock,
      email,
      password: 'bardzo-dlugie-haslo',
      roles,
    });
  }

  const lastEvent = () =>
    database.db
      .selectFrom('auditEvents')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();

  it('records the creation of an account in the audit log', async () => {
    const user = await person(['expert']);
    const event = await lastEvent();
    assert.equal(event.action, 'user.created');
    assert.equal(event.entityId, String(user.id));
    assert.equal(event.actorId, null);
    assert.deepEqual(JSON.parse(event.summary), { after: { email: user.email, roles: ['user', 'expert'] } });
  });

  it('grants a role, records who did it and ends the person’s sessions', async () => {
    const admin = await person(['admin']);
    const user = await person([]);
    const session = await sessionStarter(database.db, { userId: user.id, now: new Date() });
    const result = await roleChanger({
      db: database.db,
      userId: user.id,
      change: 'grant',
      role: 'coordinator',
      actorId: admin.id,
      now: new Date(),
      requestId: 'req-12345678',
      ip: '192.0.2.1',
    });
    assert.deepEqual(result.after, ['user', 'coordinator']);
    const event = await lastEvent();
    assert.equal(event.action, 'user.role_granted');
    assert.equal(event.actorId, admin.id);
    assert.equal(event.requestId, 'req-12345678');
    assert.deepEqual(JSON.parse(event.summary), {
      before: { roles: ['user'] },
      after: { roles: ['user', 'coordinator'] },
    });
    assert.equal(await actorFromSession(database.db, session.token, new Date()), null);
    assert.equal((await auditVerifier(database.db)).ok, true);
  });

  it('revokes a role the same way', async () => {
    const user = await person(['moderator']);
    await roleChanger({
      db: database.db,
      userId: user.id,
      change: 'revoke',
      role: 'moderator',
      actorId: null,
      now: new Date(),
    });
    const event = await lastEvent();
    assert.equal(event.action, 'user.role_revoked');
    assert.deepEqual(JSON.parse(event.summary).after, { roles: ['user'] });
  });

  it('refuses pointless or dangerous changes, and changes nothing', async () => {
    const user = await person(['expert']);
    const session = await sessionStarter(database.db, { userId: user.id, now: new Date() });
    const before = await lastEvent();
    const attempt = (change: 'grant' | 'revoke', role: string, userId = user.id) =>
      roleChanger({ db: database.db, userId, change, role, actorId: null, now: new Date() });
    const refused = (problem: string, message: RegExp) => (error: unknown) =>
      error instanceof DomainError && error.code === problem && message.test(error.message);
    await assert.rejects(attempt('grant', 'king'), refused('unknown_role', /^Unknown role: king$/));
    await assert.rejects(attempt('grant', 'expert'), refused('already_held', /already has the role expert/));
    await assert.rejects(attempt('revoke', 'admin'), refused('not_held', /does not have the role admin/));
    await assert.rejects(attempt('grant', 'expert', 999_999), refused('unknown_user', /No account/));
    assert.equal((await lastEvent()).id, before.id);
    assert.ok(await actorFromSession(database.db, session.token, new Date()));
  });

  it('keeps at least one administrator', async () => {
    await database.db.deleteFrom('userRoles').where('role', '=', 'admin').execute();
    const admin = await person(['admin']);
    const removeOwn = () =>
      roleChanger({
        db: database.db,
        userId: admin.id,
        change: 'revoke',
        role: 'admin',
        actorId: admin.id,
        now: new Date(),
      });
    await assert.rejects(
      removeOwn(),
      (error: unknown) => error instanceof DomainError && error.code === 'last_admin',
    );
    const other = await person(['admin']);
    await removeOwn();
    await assert.rejects(
      roleChanger({
        db: database.db,
        userId: other.id,
        change: 'revoke',
        role: 'admin',
        actorId: null,
        now: new Date(),
      }),
      /last administrator/,
    );
  });
});
