import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/modules/accounts/sessions.ts';
import { nip } from '../../src/modules/registry/members/testing.ts';
import { clusterWithOwner, type Person } from '../../src/modules/registry/team/testing.ts';
import { axeViolations, follow, type Session, startSession, type Visitor, withPage } from '../browser.ts';
import { signedInPerson } from '../factories.ts';

const HEADER = 'nazwa;nip;typ;wielkość;województwo';
/** The caption of the preview's table of row errors. */
const ERRORS_CAPTION = 'Błędy w wierszach pliku';

function csv(lines: string[]) {
  return {
    name: 'czlonkowie.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`),
  };
}

describe('importing members in the browser', () => {
  let session: Session;
  let cluster: { id: number; slug: string; owner: Person };

  /** A browser context signed in as the person, with the visitor's display choices. */
  const as = async (person: Person, visitor: Visitor = {}, options: { javaScriptEnabled?: boolean } = {}) => {
    const context: BrowserContext = await session.visitor(visitor, options);
    const token = person.visitor.cookies.get(SESSION_COOKIE) ?? '';
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: session.baseUrl }]);
    return context;
  };

  before(async () => {
    session = await startSession({ data: 'reference' });
    cluster = await clusterWithOwner(session.app, {
      name: 'Klaster Przeglądarkowy',
      members: [{ type: 'university', name: 'Uczelnia Startowa' }],
    });
  });
  after(() => session?.close());

  it('shows a broken file’s row errors without JavaScript, then imports a good file with the progress bar', async () => {
    const importPage = `/moje-klastry/${cluster.slug}/czlonkowie/import`;
    await withPage(await as(cluster.owner, {}, { javaScriptEnabled: false }), async (page) => {
      await page.goto(importPage);
      await page
        .locator('input[type="file"][name="file"]')
        .setInputFiles(csv([HEADER, 'Firma Z Błędem;123-456-32-19;przedsiębiorstwo;małe;mazowieckie']));
      await follow(page, page.getByRole('button', { name: 'Sprawdź plik' }));
      assert.match(page.url(), /\/czlonkowie\/import\/[\w-]+$/);
      assert.equal(await page.getByRole('heading', { name: 'Plik zawiera błędy' }).count(), 1);
      assert.match(
        (await page
          .locator('table', { has: page.locator('caption', { hasText: ERRORS_CAPTION }) })
          .locator('tbody')
          .textContent()) ?? '',
        /2\s*nip/,
      );
      assert.equal(await page.getByRole('button', { name: /Potwierdzam import/ }).count(), 0);
    });

    await withPage(await as(cluster.owner), async (page) => {
      await page.goto(importPage);
      await page
        .locator('input[type="file"][name="file"]')
        .setInputFiles(
          csv([
            HEADER,
            `Przeglądarkowa Firma sp. z o.o.;${nip(720001)};przedsiębiorstwo;mikro;pomorskie`,
            'Stowarzyszenie Klikające;;organizacja pozarządowa;;22',
          ]),
        );
      await page.getByRole('button', { name: 'Sprawdź plik' }).click();
      await page.waitForURL(/\/czlonkowie\/import\/[\w-]+$/);
      assert.match((await page.locator('main').textContent()) ?? '', /Nowi członkowie do dodania: 2/);
      await follow(page, page.getByRole('button', { name: 'Potwierdzam import (2)' }));
      assert.match(
        (await page.getByRole('status').first().textContent()) ?? '',
        /do zatwierdzenia przez operatora/,
      );
    });

    const operator = await signedInPerson(session.app, ['operator']);
    await withPage(await as(operator), async (page) => {
      await page.goto('/admin/zmiany-czlonkow');
      assert.match((await page.locator('main').textContent()) ?? '', /\+ Przeglądarkowa Firma sp\. z o\.o\./);
      await follow(page, page.getByRole('button', { name: /^Zatwierdź\W+Klaster Przeglądarkowy$/ }));
      assert.match((await page.getByRole('status').first().textContent()) ?? '', /Zatwierdzono/);
    });

    await withPage(await session.visitor(), async (page) => {
      await page.goto(`/klastry/${cluster.slug}`);
      const text = (await page.locator('main').textContent()) ?? '';
      assert.match(text, /Przeglądarkowa Firma sp\. z o\.o\./);
      assert.match(text, /Stowarzyszenie Klikające/);
    });
  });

  for (const [mode, visitor] of [
    ['normal contrast', { locale: 'pl' }],
    ['high contrast', { locale: 'pl', contrast: 'high' }],
  ] as const) {
    it(`passes axe on the team, members, import and preview pages (${mode})`, async () => {
      await withPage(await as(cluster.owner, visitor), async (page) => {
        for (const path of ['zespol', 'czlonkowie', 'czlonkowie/import']) {
          const response = await page.goto(`/moje-klastry/${cluster.slug}/${path}`);
          assert.equal(response?.status(), 200);
          assert.deepEqual(await axeViolations(page), [], `axe on ${path}`);
        }
        await page
          .locator('input[type="file"][name="file"]')
          .setInputFiles(csv([HEADER, 'Zła;1;przedsiębiorstwo;;', `Dobra;${nip(720002)};uczelnia;;12`]));
        await page.getByRole('button', { name: 'Sprawdź plik' }).click();
        await page.waitForURL(/\/czlonkowie\/import\/[\w-]+$/);
        assert.deepEqual(await axeViolations(page), [], 'axe on the preview');
        await page.goto(`/moje-klastry/${cluster.slug}/czlonkowie`);
        await page.getByRole('button', { name: 'Dodaj członka' }).click();
        await page.waitForLoadState('load');
        assert.deepEqual(await axeViolations(page), [], 'axe on the members form with errors');
      });
    });
  }
});
