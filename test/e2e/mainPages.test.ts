import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { statusGranter } from '../../src/modules/statuses/statusGranter.ts';
import { axeViolations, htmlClasses, type Session, startSession, withPage } from '../browser.ts';

/** Where the screenshots for a reviewer go (git-ignored with the rest of test-results/). */
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
const NARROW = { width: 320, height: 640 };

/** Up to five elements sticking out past the right edge, for the failure message. */
const OVERFLOWING = `[...document.querySelectorAll('body *')]
  .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .slice(0, 5)
  .map((element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
    [...element.classList].map((name) => '.' + name).join(''))`;

/** A main page: its name for the screenshot files, and how a visitor reaches it (a link, or a form sent). */
interface MainPage {
  name: string;
  open(page: Page): Promise<void>;
}

const visit =
  (url: string) =>
  async (page: Page): Promise<void> => {
    const response = await page.goto(url);
    assert.equal(response?.status(), 200, `${url} answered ${response?.status()}`);
  };

/** Sends a PDF through the verification form, as a visitor does. */
const verifyFile =
  (file: () => Buffer) =>
  async (page: Page): Promise<void> => {
    await page.goto('/weryfikacja');
    await page
      .locator('input[type="file"][name="file"]')
      .setInputFiles({ name: 'certyfikat.pdf', mimeType: 'application/pdf', buffer: file() });
    const loaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await loaded;
  };

/**
 * Every main public page, in both contrast modes: no sideways scroll at 320 px, axe finds nothing, and a
 * desktop (1280 px) and a phone (375 px) screenshot for a reviewer. One browser, one portal, one context per
 * mode; each page is loaded once and looked at in the three widths.
 */
describe('the main pages at 1280, 375 and 320 px, in both contrast modes', () => {
  let session: Session;
  let genuine: Buffer;
  let altered: Buffer;

  const PAGES: MainPage[] = [
    { name: 'home', open: visit('/') },
    { name: 'clusters', open: visit('/klastry') },
    { name: 'clusters-map', open: visit('/klastry/mapa') },
    { name: 'cluster-profile', open: visit('/klastry/dolina-lotnicza') },
    { name: 'kkk', open: visit('/krajowe-klastry-kluczowe') },
    { name: 'verification', open: visit('/weryfikacja') },
    { name: 'verification-genuine', open: verifyFile(() => genuine) },
    { name: 'verification-altered', open: verifyFile(() => altered) },
    { name: 'calendar', open: visit('/kalendarz') },
    { name: 'forum', open: visit('/forum') },
    { name: 'cluster-policy', open: visit('/polityka-klastrowa') },
    { name: 'about', open: visit('/o-projekcie') },
    { name: 'accessibility-statement', open: visit('/deklaracja-dostepnosci') },
    { name: 'privacy', open: visit('/polityka-prywatnosci') },
    { name: 'sign-in', open: visit('/konto/logowanie') },
    { name: 'sign-up', open: visit('/konto/rejestracja') },
  ];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startSession();
    const db = session.app.db;
    const cluster = await db
      .selectFrom('clusters')
      .select(['id', 'coordinatorId'])
      .where('slug', '=', 'dolina-lotnicza')
      .executeTakeFirstOrThrow();
    const granted = await db.transaction().execute((trx) =>
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
        session.app.clock.now(),
      ),
    );
    genuine = (await session.app.inject({ url: `/certyfikaty/kkk/${granted.statusId}.pdf` })).rawPayload;
    const edited = await PDFDocument.load(genuine, { updateMetadata: false });
    edited.getPage(0).drawText('2199', { x: 300, y: 200, size: 12 });
    altered = Buffer.from(await edited.save());
  });
  after(() => session?.close());

  for (const contrast of ['normal', 'high'] as const) {
    it(`${contrast} contrast`, async (t) => {
      await withPage(await session.visitor({ contrast }, { viewport: DESKTOP }), async (page) => {
        for (const main of PAGES) {
          await t.test(main.name, async () => {
            await page.setViewportSize(DESKTOP);
            await main.open(page);
            if (contrast === 'high') assert.ok((await htmlClasses(page)).includes('contrast-high'));
            await page.screenshot({
              path: path.join(SHOTS, `${main.name}-1280-${contrast}.png`),
              fullPage: true,
            });
            const violations = await axeViolations(page);
            assert.deepEqual(
              violations,
              [],
              `axe on ${main.name} (${contrast}):\n  ${violations.join('\n  ')}`,
            );

            await page.setViewportSize(PHONE);
            await page.screenshot({
              path: path.join(SHOTS, `${main.name}-375-${contrast}.png`),
              fullPage: true,
            });

            await page.setViewportSize(NARROW);
            const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
            const culprits = scrollWidth > NARROW.width ? await page.evaluate<string[]>(OVERFLOWING) : [];
            assert.ok(
              scrollWidth <= NARROW.width,
              `${main.name} is ${scrollWidth} px wide at 320 px; sticking out: ${culprits.join(', ')}`,
            );
          });
        }
      });
    });
  }

  it('shows a genuine certificate as a green panel and an altered one as a red error naming what failed', async () => {
    await withPage(await session.visitor({}, { viewport: DESKTOP }), async (page) => {
      await verifyFile(() => genuine)(page);
      assert.equal(await page.locator('.govuk-panel--confirmation').count(), 1);
      assert.equal(await page.locator('.govuk-error-summary').count(), 0);
      await verifyFile(() => altered)(page);
      assert.equal(await page.locator('.govuk-panel--confirmation').count(), 0);
      const error = page.locator('.govuk-error-summary');
      assert.match((await error.textContent()) ?? '', /treść strony różni się od podpisanej/);
    });
  });
});
