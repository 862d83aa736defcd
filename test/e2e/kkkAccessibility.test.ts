import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { statusGranter } from '../../src/modules/statuses/statusGranter.ts';
import { statusRevoker } from '../../src/modules/statuses/statusRevoker.ts';
import { commandAs } from '../../src/platform/commandContext.ts';
import { seedKkkHistory } from '../../src/seed/kkkHistory.ts';
import {
  axeViolations,
  htmlClasses,
  type Session,
  startSession,
  type Visitor,
  withPage,
} from '../browser.ts';

/** The KKK status registry and certificate verification: every state a visitor can meet, in both contrasts. */
describe('axe finds no WCAG 2.1 A/AA violation: the KKK registry and certificate verification', () => {
  let session: Session;
  let pages: { path: string; status: number }[] = [];

  before(async () => {
    session = await startSession();
    const db = session.app.db;
    const now = session.app.clock.now();
    await seedKkkHistory(db, session.app.clock);
    const cluster = await db
      .selectFrom('clusters')
      .select(['id', 'coordinatorId'])
      .where('slug', '=', 'dolina-lotnicza')
      .executeTakeFirstOrThrow();
    const grant = () =>
      db.transaction().execute((trx) =>
        statusGranter(
          trx,
          {
            clusterId: cluster.id,
            representedById: cluster.coordinatorId,
            roundId: null,
            roundNumber: 7,
            roundYear: 2026,
            programme: 'kkk',
            documentNumber: 'DIP-VII/2026/01',
            documentDate: '2026-11-20',
            validUntil: '2099-11-19',
            actorId: null,
          },
          now,
        ),
      );
    const active = await grant();
    const revoked = await grant();
    await commandAs({ db, actorId: null, now: now }, statusRevoker, {
      statusId: revoked.statusId,
      reason: 'Status cofnięty decyzją ministra.',
    });
    const expired = await db
      .selectFrom('kkkStatuses')
      .select('verificationCode')
      .where('roundNumber', '=', 5)
      .executeTakeFirstOrThrow();
    pages = [
      { path: '/krajowe-klastry-kluczowe', status: 200 },
      { path: '/krajowe-klastry-kluczowe?stan=aktywne', status: 200 },
      { path: '/weryfikacja', status: 200 },
      { path: '/weryfikacja?kod=zly-kod', status: 400 },
      { path: `/weryfikacja/${active.verificationCode}`, status: 200 },
      { path: `/weryfikacja/${revoked.verificationCode}`, status: 200 },
      { path: `/weryfikacja/${expired.verificationCode}`, status: 200 },
      { path: `/weryfikacja/${'A'.repeat(32)}`, status: 404 },
    ];
  });
  after(() => session?.close());

  const modes: { name: string; visitor: Visitor }[] = [
    { name: 'Polish, normal contrast', visitor: { locale: 'pl' } },
    { name: 'Polish, high contrast', visitor: { locale: 'pl', contrast: 'high' } },
    { name: 'English, normal contrast', visitor: { locale: 'en' } },
  ];
  for (const mode of modes) {
    it(mode.name, async () => {
      await withPage(await session.visitor(mode.visitor), async (page) => {
        for (const { path, status } of pages) {
          const response = await page.goto(path);
          assert.equal(response?.status(), status, path);
          if (mode.visitor.contrast === 'high')
            assert.ok((await htmlClasses(page)).includes('contrast-high'));
          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], `axe on ${path} (${mode.name}):\n  ${violations.join('\n  ')}`);
        }
      });
    });
  }
});
