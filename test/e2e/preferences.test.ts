import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { computedStyle, follow, htmlClasses, type Session, startSession, withPage } from '../browser.ts';

const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';
const YELLOW = 'rgb(255, 255, 0)';

function pathname(page: Page): string {
  return new URL(page.url()).pathname;
}

async function contrastSwitchText(page: Page): Promise<string | undefined> {
  return (await page.locator('a.contrast-switch').textContent())?.trim();
}

function navLink(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: /Menu główne|Main menu/ })
    .getByRole('link', { name, exact: true });
}

describe('display preferences', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session?.close());

  /** A visitor with scripts turned off, who has just opened the page. */
  async function withoutScripts(path: string, steps: (page: Page) => Promise<void>): Promise<void> {
    await withPage(await session.visitor({}, { javaScriptEnabled: false }), async (page) => {
      await page.goto(path);
      await steps(page);
    });
  }

  describe('without JavaScript', () => {
    it('the contrast switch turns high contrast on, keeps it on every page, and turns it off', async () => {
      await withoutScripts('/klastry', async (page) => {
        await follow(page, page.getByRole('link', { name: 'Włącz kontrast' }));
        assert.equal(pathname(page), '/klastry', 'the switch returns to the page it was used on');
        assert.ok((await htmlClasses(page)).includes('contrast-high'));
        assert.equal(await contrastSwitchText(page), 'Wyłącz kontrast');
        assert.equal(await computedStyle(page, 'body', 'background-color'), BLACK);
        assert.equal(await computedStyle(page, 'body', 'color'), YELLOW);

        await follow(page, navLink(page, 'Kalendarz imprez'));
        assert.equal(pathname(page), '/kalendarz');
        assert.ok(
          (await htmlClasses(page)).includes('contrast-high'),
          'high contrast is kept on the next page',
        );
        assert.equal(await contrastSwitchText(page), 'Wyłącz kontrast');

        await follow(page, page.getByRole('link', { name: 'Wyłącz kontrast' }));
        assert.equal(pathname(page), '/kalendarz');
        assert.ok(!(await htmlClasses(page)).includes('contrast-high'));
        assert.equal(await contrastSwitchText(page), 'Włącz kontrast');
        assert.equal(await computedStyle(page, 'body', 'background-color'), WHITE);
      });
    });

    it('the A+ link makes the text larger on every page', async () => {
      await withoutScripts('/klastry', async (page) => {
        assert.equal(await computedStyle(page, 'html', 'font-size'), '16px');
        await follow(page, page.locator('a.text-size-large'));
        assert.equal(pathname(page), '/klastry');
        assert.ok((await htmlClasses(page)).includes('text-large'));
        assert.equal(await computedStyle(page, 'html', 'font-size'), '18px');
        assert.equal(await page.locator('a.text-size-large').getAttribute('aria-current'), 'true');

        await follow(page, navLink(page, 'Forum'));
        assert.equal(pathname(page), '/forum');
        assert.ok((await htmlClasses(page)).includes('text-large'), 'larger text is kept on the next page');
        assert.equal(await computedStyle(page, 'html', 'font-size'), '18px');

        await follow(page, page.locator('a.text-size-larger'));
        assert.ok((await htmlClasses(page)).includes('text-larger'));
        assert.equal(await computedStyle(page, 'html', 'font-size'), '20px');
      });
    });

    it('the English link switches the whole page to English and keeps it on every page', async () => {
      await withoutScripts('/klastry', async (page) => {
        assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
        await follow(page, page.getByRole('link', { name: 'English', exact: true }));
        assert.equal(pathname(page), '/klastry');
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        const nav = page.getByRole('navigation', { name: 'Main menu' });
        assert.deepEqual((await nav.getByRole('link').allInnerTexts()).slice(0, 3), [
          'Home',
          'Clusters',
          'National Key Clusters',
        ]);
        assert.equal(await contrastSwitchText(page), 'Turn high contrast on');
        assert.equal(await page.locator('.skip-link').textContent(), 'Skip to content');

        await follow(page, navLink(page, 'Events calendar'));
        assert.equal(pathname(page), '/kalendarz');
        assert.equal(
          await page.locator('html').getAttribute('lang'),
          'en',
          'English is kept on the next page',
        );
        assert.equal(await navLink(page, 'Clusters').count(), 1);

        await follow(page, page.getByRole('link', { name: 'Polski', exact: true }));
        assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
        assert.equal(await navLink(page, 'Klastry').count(), 1);
      });
    });
  });

  describe("the system's contrast setting", () => {
    it('shows high contrast to a visitor whose system asks for more contrast', async () => {
      await withPage(await session.visitor({}, { contrast: 'more' }), async (page) => {
        await page.goto('/');
        assert.equal(await computedStyle(page, 'body', 'background-color'), BLACK);
        assert.equal(await computedStyle(page, 'body', 'color'), YELLOW);
      });
    });

    it('gives way to the visitor who turned high contrast off on the portal', async () => {
      await withPage(await session.visitor({ contrast: 'normal' }, { contrast: 'more' }), async (page) => {
        await page.goto('/');
        assert.equal(await computedStyle(page, 'body', 'background-color'), WHITE);
        assert.equal(await contrastSwitchText(page), 'Włącz kontrast');
      });
    });
  });
});
