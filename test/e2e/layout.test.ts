import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  BOOM_PATH,
  PAGES,
  type Session,
  screenshot,
  startSession,
  type Visitor,
  withPage,
} from '../browser.ts';

const NARROW = { width: 320, height: 640 };

/** Up to five elements sticking out past the right edge, named like CSS selectors, for the failure message. */
const OVERFLOWING_ELEMENTS = `[...document.querySelectorAll('body *')]
  .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .slice(0, 5)
  .map((element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
    [...element.classList].map((name) => '.' + name).join(''))`;

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  const culprits = scrollWidth > NARROW.width ? await page.evaluate<string[]>(OVERFLOWING_ELEMENTS) : [];
  return { scrollWidth, culprits };
}

describe('page layout', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session?.close());

  const NARROW_VISITORS: { name: string; visitor: Visitor }[] = [
    { name: 'normal text', visitor: {} },
    { name: 'the largest text (A++)', visitor: { textSize: 'larger' } },
  ];
  for (const { name, visitor } of NARROW_VISITORS) {
    it(`at 320 px wide with ${name}, no page scrolls sideways`, async (t) => {
      await withPage(await session.visitor(visitor, { viewport: NARROW }), async (page) => {
        for (const { path } of [...PAGES, { path: BOOM_PATH }]) {
          await t.test(`on ${path}`, async () => {
            await page.goto(path);
            const { scrollWidth, culprits } = await horizontalOverflow(page);
            assert.ok(
              scrollWidth <= NARROW.width,
              `${path} is ${scrollWidth} px wide at ${NARROW.width} px; sticking out: ${culprits.join(', ')}`,
            );
          });
        }
      });
    });
  }

  describe('screenshots of the home page for review (in /tmp/shots)', () => {
    const SHOTS: { name: string; visitor: Visitor; viewport?: typeof NARROW }[] = [
      { name: 'home-normal', visitor: {} },
      { name: 'home-high-contrast', visitor: { contrast: 'high' } },
      { name: 'home-320px', visitor: {}, viewport: NARROW },
      { name: 'home-320px-high-contrast', visitor: { contrast: 'high' }, viewport: NARROW },
    ];
    for (const shot of SHOTS) {
      it(shot.name, async () => {
        const options = shot.viewport ? { viewport: shot.viewport } : {};
        await withPage(await session.visitor(shot.visitor, options), async (page) => {
          const response = await page.goto('/');
          assert.equal(response?.status(), 200);
          await screenshot(page, shot.name);
        });
      });
    }
  });
});
