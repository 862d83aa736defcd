import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** The elements that reach past the right edge of the window, for the failure message. */
const WIDE_ELEMENTS = `[...document.querySelectorAll('body *')]
  .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 5)
  .map((element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : ''))`;

/**
 * Fails when the page scrolls sideways at a phone's width (320 and 375 px by default): only a table's own
 * region may scroll. The page is resized in place (no new browser or page) and set back afterwards.
 */
export async function expectNoSideScroll(page: Page, where: string, widths = [320, 375]): Promise<void> {
  const before = page.viewportSize();
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 640 });
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      const wide = overflow > 0 ? await page.evaluate<string[]>(WIDE_ELEMENTS) : [];
      assert.ok(
        overflow <= 0,
        `${where} scrolls sideways by ${overflow} px at ${width} px: ${wide.join(', ')}`,
      );
    }
  } finally {
    if (before) await page.setViewportSize(before);
  }
}
