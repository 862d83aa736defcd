import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { migratedDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../test/database.ts';
import { loadConfig } from '../../config.ts';
import { mailEnqueuer } from './outbox.ts';
import { parseEml } from './testing.ts';
import { mailTransport } from './transport.ts';
import { type MailLog, mailWorker } from './worker.ts';

const NOW = new Date('2026-11-27T09:20:00.000Z');
const QUIET: MailLog = { info() {}, warn() {}, error() {} };

describe(`mail written to files (MAIL_URL=file:) on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  let dataDir: string;
  beforeEach(async () => {
    database = await migratedDatabase();
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-mail-'));
  });
  afterEach(async () => {
    await database.destroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes each mail as an .eml a mail client can read, Polish letters intact', async () => {
    const config = loadConfig({ MAIL_URL: 'file:', DATA_DIR: dataDir });
    const { id } = await mailEnqueuer(
      database.db,
      {
        to: 'zazolc@klastry.example',
        locale: 'pl',
        template: 'accountDeletionRequested',
        params: { name: 'Zażółć Gęślą Jaźń <b>' },
      },
      NOW,
    );
    const transport = mailTransport(config);
    const summary = await mailWorker({
      db: database.db,
      transport,
      from: config.mailFrom,
      log: QUIET,
    }).runOnce(NOW);
    transport.close();
    assert.deepEqual(summary, { sent: 1, retried: 0, failed: 0 });

    const files = await readdir(path.join(dataDir, 'mail'));
    assert.deepEqual(files, [`20261127T092000.000Z-${String(id).padStart(6, '0')}.eml`]);
    const raw = await readFile(path.join(dataDir, 'mail', files[0] ?? ''), 'utf8');
    assert.match(
      raw.slice(0, raw.indexOf('\r\n\r\n')),
      /^[\x20-\x7e\r\n\t]+$/,
      'headers are 7-bit, words encoded',
    );
    const mail = parseEml(raw);
    assert.equal(mail.subject, 'Prośba o usunięcie konta w Portalu Klastrów');
    assert.equal(mail.from, 'Portal Klastrów <no-reply@klastry.example>');
    assert.equal(mail.headers.get('to'), 'zazolc@klastry.example');
    assert.match(mail.bodies.get('text/plain') ?? '', /^Dzień dobry, Zażółć Gęślą Jaźń <b>!\n/);
    assert.match(mail.bodies.get('text/html') ?? '', /<p>Dzień dobry, Zażółć Gęślą Jaźń &lt;b&gt;!<\/p>/);

    const row = await database.db.selectFrom('mailOutbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.sentAt, NOW.toISOString());
  });
});

describe('the MAIL_FROM setting', () => {
  it('defaults to the portal’s no-reply address and accepts a plain address', () => {
    assert.equal(loadConfig({}).mailFrom, 'Portal Klastrów <no-reply@klastry.example>');
    assert.equal(loadConfig({ MAIL_FROM: 'poczta@klastry.gov.pl' }).mailFrom, 'poczta@klastry.gov.pl');
  });

  it('stops the start on a sender that is not one address on one line', () => {
    for (const value of ['no address', 'Portal <a@b.pl>\r\nBcc: x@y.pl', 'Portal <nope>']) {
      assert.throws(() => loadConfig({ MAIL_FROM: value }), /MAIL_FROM must be an address/);
    }
  });
});
