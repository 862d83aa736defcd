import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { migratedDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../test/database.ts';
import { MailAddressError, type MailRequest, mailEnqueuer } from './outbox.ts';

const NOW = new Date('2026-11-27T09:20:00.000Z');
const RESET: MailRequest = {
  to: 'anna@klastry.example',
  locale: 'pl',
  template: 'passwordReset',
  params: { name: 'Anna Nowak', link: 'https://klastry.example/konto/haslo/nowe?token=t', validMinutes: 60 },
};

describe(`mail outbox on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await migratedDatabase();
  });
  afterEach(() => database.destroy());

  const queued = () => database.db.selectFrom('mailOutbox').selectAll().execute();

  it('queues the rendered mail with the change that caused it', async () => {
    await database.db.transaction().execute((trx) => mailEnqueuer(trx, RESET, NOW));
    const [mail, ...others] = await queued();
    assert.equal(others.length, 0);
    assert.equal(mail?.toAddress, 'anna@klastry.example');
    assert.equal(mail?.subject, 'Ustawianie nowego hasła w Portalu Klastrów');
    assert.match(mail?.textBody ?? '', /Link jest ważny przez 60 minut\./);
    assert.match(mail?.htmlBody ?? '', /<a href="https:\/\/klastry\.example\/konto\/haslo\/nowe\?token=t"/);
    assert.equal(mail?.template, 'passwordReset');
    assert.equal(mail?.createdAt, NOW.toISOString());
    assert.equal(mail?.sendAfter, NOW.toISOString());
    assert.equal(mail?.attempts, 0);
    assert.equal(mail?.sentAt, null);
  });

  it('queues nothing when the change rolls back', async () => {
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await mailEnqueuer(trx, RESET, NOW);
        throw new Error('the change failed after the mail was queued');
      }),
      /the change failed/,
    );
    assert.deepEqual(await queued(), []);
  });

  it('refuses anything but one plain address, so no header can be smuggled in', async () => {
    for (const to of [
      '',
      'not an address',
      'a@example.com, b@example.com',
      'a@example.com\r\nBcc: b@example.com',
    ]) {
      await assert.rejects(mailEnqueuer(database.db, { ...RESET, to }, NOW), MailAddressError);
    }
    assert.deepEqual(await queued(), []);
  });
});
