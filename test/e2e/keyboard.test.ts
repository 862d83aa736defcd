import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startSession, type Visitor, withPage } from '../browser.ts';

interface FocusedLook {
  name: string;
  color: string;
  background: string;
}

/** The element keyboard focus is on, as a CSS-like name, with its text and background colour. */
const FOCUSED_LOOK = `(() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const text = (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return { name: element.tagName.toLowerCase() + ' "' + text + '"', color: style.color, background: style.backgroundColor };
})()`;

const FOCUSABLE_COUNT = `document.querySelectorAll('a[href], button, input, select, textarea, summary').length`;

function channels(cssColour: string): number[] {
  return (cssColour.match(/[\d.]+/g) ?? []).map(Number);
}

/** WCAG 2 contrast ratio of two opaque sRGB colours. */
function contrastRatio(first: string, second: string): number {
  const luminance = (cssColour: string) => {
    const [r = 0, g = 0, b = 0] = channels(cssColour).map((channel) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function isTransparent(cssColour: string): boolean {
  return cssColour === 'transparent' || channels(cssColour)[3] === 0;
}

describe('using the portal with a keyboard', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session?.close());

  describe('the skip link', () => {
    it('is the first thing Tab reaches, shows itself, and takes the visitor to the main content', async () => {
      await withPage(await session.visitor(), async (page) => {
        await page.goto('/klastry');
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        assert.equal((await focused.textContent())?.trim(), 'Przejdź do treści');
        const box = await focused.boundingBox();
        assert.ok(
          box && box.y >= 0 && box.height > 0,
          `the focused skip link is off screen: ${JSON.stringify(box)}`,
        );

        await page.keyboard.press('Enter');
        assert.equal(new URL(page.url()).hash, '#main');
        assert.equal(await page.evaluate<string>('document.activeElement.id'), 'main');
        await page.keyboard.press('Tab');
        assert.ok(
          await page.evaluate<boolean>('document.activeElement.closest("#main") !== null'),
          'the next Tab should land inside the main content, not back in the header',
        );
      });
    });
  });

  // axe sees only the resting state; the focus style (a filled background) is checked here, link by link.
  const FOCUS_CHECKS: { name: string; visitor: Visitor; minimum: number }[] = [
    { name: 'normal contrast', visitor: {}, minimum: 4.5 },
    { name: 'high contrast', visitor: { contrast: 'high' }, minimum: 7 },
  ];
  // The header, main content and footer look the same on every page, so the home page stands for all.
  for (const { name, visitor, minimum } of FOCUS_CHECKS) {
    it(`in ${name}, every link stays readable while it has keyboard focus`, async () => {
      await withPage(await session.visitor(visitor), async (page) => {
        await page.goto('/');
        const unreadable: string[] = [];
        const focusables = await page.evaluate<number>(FOCUSABLE_COUNT);
        for (let step = 0; step < focusables; step++) {
          await page.keyboard.press('Tab');
          const look = await page.evaluate<FocusedLook>(FOCUSED_LOOK);
          if (isTransparent(look.background)) continue;
          const ratio = contrastRatio(look.color, look.background);
          if (ratio < minimum) {
            unreadable.push(`${look.name}: ${look.color} on ${look.background} = ${ratio.toFixed(2)}:1`);
          }
        }
        assert.deepEqual(unreadable, [], `focused links below ${minimum}:1:\n  ${unreadable.join('\n  ')}`);
      });
    });
  }
});
