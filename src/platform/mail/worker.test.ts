import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { migratedDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../test/database.ts';
import { mailEnqueuer } from './outbox.ts';
import { startMailWorker } from './poller.ts';
import { parseEml, startSmtpServer, type TestSmtpServer, testClock } from './testing.ts';
import { mailTransport } from './transport.ts';
import { CLAIM_MS, MAX_ATTEMPTS, type MailLog, mailWorker, RETRY_DELAYS_MS } from './worker.ts';

const START = '2026-11-27T09:20:00.000Z';
const FROM = 'Portal Klastrów <no-reply@klastry.example>';
const MINUTE = 60_000;

function recordingLog() {
  const entries: { level: string; message: string; details: object }[] = [];
  const record = (level: string) => (details: object, message: string) => {
    entries.push({ level, message, details });
  };
  const log: MailLog = { info: record('info'), warn: record('warn'), error: record('error') };
  return { log, entries };
}

describe(`mail worker with a real SMTP server on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer | undefined;
  beforeEach(async () => {
    database = await migratedDatabase();
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
    await database.destroy();
  });

  async function setUp(accept: (offer: number) => boolean) {
    smtp = await startSmtpServer(accept);
    const transport = mailTransport({ mailUrl: smtp.url, dataDir: '/nonexistent' });
    const { log, entries } = recordingLog();
    const worker = mailWorker({ db: database.db, transport, from: FROM, log });
    return { smtp, worker, entries };
  }

  async function queue(name: string, now: Date) {
    const to = `${name.toLowerCase()}@klastry.example`;
    const request = { to, locale: 'pl', template: 'passwordChanged', params: { name } } as const;
    return (await mailEnqueuer(database.db, request, now)).id;
  }

  const row = (id: number) =>
    database.db.selectFrom('mailOutbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('keeps a rejected mail queued and delivers it exactly once after the back-off', async () => {
    const { smtp, worker } = await setUp((offer) => offer > 1);
    const clock = testClock(START);
    const id = await queue('Łucja', clock.now());

    assert.deepEqual(await worker.runOnce(clock.now()), { sent: 0, retried: 1, failed: 0 });
    const waiting = await row(id);
    assert.equal(waiting.attempts, 1);
    assert.equal(waiting.sentAt, null);
    assert.equal(waiting.sendAfter, new Date(Date.parse(START) + MINUTE).toISOString());
    assert.match(waiting.lastError ?? '', /Mailbox busy/);
    assert.equal(smtp.received.length, 0);

    assert.deepEqual(await worker.runOnce(clock.advance(30_000)), { sent: 0, retried: 0, failed: 0 });
    assert.deepEqual(await worker.runOnce(clock.advance(30_000)), { sent: 1, retried: 0, failed: 0 });
    assert.deepEqual(await worker.runOnce(clock.advance(MINUTE)), { sent: 0, retried: 0, failed: 0 });

    assert.equal(smtp.received.length, 1);
    const mail = parseEml(smtp.received[0] ?? '');
    assert.equal(mail.subject, 'Hasło do Twojego konta zostało zmienione');
    assert.equal(mail.headers.get('x-portal-mail-id'), String(id));
    const sent = await row(id);
    assert.equal(sent.sentAt, new Date(Date.parse(START) + MINUTE).toISOString());
    assert.equal(sent.attempts, 2);
  });

  it('never sends a mail twice when two workers run at the same moment', async () => {
    const { smtp, worker } = await setUp(() => true);
    const other = mailWorker({
      db: database.db,
      transport: mailTransport({ mailUrl: smtp.url, dataDir: '/nonexistent' }),
      from: FROM,
      log: recordingLog().log,
    });
    const now = new Date(START);
    const ids = [];
    for (const name of ['Anna', 'Bartosz', 'Celina', 'Dariusz', 'Ewa']) ids.push(await queue(name, now));

    const [first, second] = await Promise.all([worker.runOnce(now), other.runOnce(now)]);
    assert.equal((first?.sent ?? 0) + (second?.sent ?? 0), ids.length);
    assert.deepEqual(await Promise.all([worker.runOnce(now), other.runOnce(now)]), [
      { sent: 0, retried: 0, failed: 0 },
      { sent: 0, retried: 0, failed: 0 },
    ]);
    const delivered = smtp.received.map((raw) => Number(parseEml(raw).headers.get('x-portal-mail-id')));
    assert.deepEqual(
      delivered.sort((a, b) => a - b),
      ids,
    );
  });

  it('leaves a mail another worker is sending alone until that worker’s claim runs out', async () => {
    const { smtp, worker } = await setUp(() => true);
    const clock = testClock(START);
    const id = await queue('Anna', clock.now());
    const claimedUntil = new Date(clock.now().getTime() + CLAIM_MS).toISOString();
    await database.db
      .updateTable('mailOutbox')
      .set({ lockedUntil: claimedUntil })
      .where('id', '=', id)
      .execute();

    assert.equal((await worker.runOnce(clock.advance(CLAIM_MS - MINUTE))).sent, 0);
    assert.equal((await worker.runOnce(clock.advance(2 * MINUTE))).sent, 1);
    assert.equal(smtp.received.length, 1);
  });

  it('gives up after the last attempt, logs it, and keeps the mail with its last error', async () => {
    const { smtp, worker, entries } = await setUp(() => false);
    const clock = testClock(START);
    const id = await queue('Anna', clock.now());

    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const before = await row(id);
      clock.advance(Date.parse(before.sendAfter) - clock.now().getTime());
      await worker.runOnce(clock.now());
      const after = await row(id);
      if (!after.failedAt) waits.push(Date.parse(after.sendAfter) - clock.now().getTime());
    }
    assert.deepEqual(waits, RETRY_DELAYS_MS);
    assert.deepEqual(
      waits.map((ms) => ms / MINUTE),
      [1, 5, 30, 120, 720],
    );

    const failed = await row(id);
    assert.equal(failed.attempts, MAX_ATTEMPTS);
    assert.equal(failed.failedAt, clock.now().toISOString());
    assert.equal(failed.sentAt, null);
    assert.match(failed.lastError ?? '', /Mailbox busy/);
    assert.match(failed.textBody, /Dzień dobry, Anna!/);
    assert.equal(smtp.offers(), MAX_ATTEMPTS);
    assert.equal(entries.filter((entry) => entry.level === 'error').length, 1);
    assert.ok(!JSON.stringify(entries).includes('anna@klastry.example'), 'logs do not name the recipient');

    assert.deepEqual(await worker.runOnce(clock.advance(24 * 60 * MINUTE)), {
      sent: 0,
      retried: 0,
      failed: 0,
    });
    assert.equal(smtp.offers(), MAX_ATTEMPTS);
  });

  it('polls on its own once started and stops cleanly', async () => {
    smtp = await startSmtpServer();
    const clock = testClock(START);
    await queue('Anna', clock.now());
    const running = startMailWorker(
      {
        db: database.db,
        config: { mailUrl: smtp.url, dataDir: '/nonexistent', mailFrom: FROM },
        log: recordingLog().log,
        clock,
      },
      { intervalMs: 10 },
    );
    await smtp.waitFor(1);
    await running.stop();
    assert.equal(smtp.received.length, 1);
  });
});
