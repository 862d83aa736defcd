import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { BUILD_DIR, BUILT_FILES } from '../../src/ui/assetBuild.ts';
import { EXAMPLES } from '../../src/ui/components/examples.ts';
import type { ComponentName } from '../../src/ui/components/index.ts';
import { translator } from '../../src/ui/i18n/messages.ts';
import { renderComponent } from '../../src/ui/render.ts';
import { axeViolations, launchBrowser, SCREENSHOT_DIR } from '../browser.ts';

/** Each example's ids (and every reference to them) get a prefix, so one page holds every example. */
function withUniqueIds(html: string, prefix: string): string {
  return html
    .replace(/\b(id|for|aria-controls|data-aria-controls|aria-labelledby)="([^"]+)"/g, `$1="${prefix}$2"`)
    .replace(
      /\baria-describedby="([^"]+)"/g,
      (_, ids: string) =>
        `aria-describedby="${ids
          .split(' ')
          .map((id) => prefix + id)
          .join(' ')}"`,
    )
    .replace(/\bhref="#([^"]+)"/g, `href="#${prefix}$1"`);
}

/** One page with every example of every component, in the given contrast mode. */
function examplesPage(contrast: 'normal' | 'high'): string {
  const t = translator('pl');
  let n = 0;
  const sections = (Object.keys(EXAMPLES) as ComponentName[]).flatMap((name) =>
    EXAMPLES[name].map((example) => {
      n += 1;
      const html = renderComponent(name, example.params as never, t, 'pl');
      return `<section class="govuk-!-margin-bottom-6" data-example="${name}: ${example.name}"><p class="govuk-body-s">${name}: ${example.name}</p>${withUniqueIds(html, `ex${n}-`)}</section>`;
    }),
  );
  return `<!doctype html><html lang="pl" class="text-normal contrast-${contrast}"><head><meta charset="utf-8"><title>Komponenty</title></head><body class="govuk-template__body"><div class="govuk-width-container"><main id="main" class="govuk-main-wrapper"><h1 class="govuk-heading-l">Komponenty</h1>${sections.join('\n')}</main></div></body></html>`;
}

const stylesheet = readFileSync(path.join(BUILD_DIR, BUILT_FILES.stylesheet), 'utf8');
const script = readFileSync(path.join(BUILD_DIR, BUILT_FILES.script), 'utf8');

async function open(page: Page, contrast: 'normal' | 'high', javaScript: boolean): Promise<void> {
  await page.setContent(examplesPage(contrast));
  await page.addStyleTag({ content: stylesheet });
  if (javaScript) await page.addScriptTag({ content: script, type: 'module' });
}

describe('every component example, checked by axe in both contrast modes (WCAG 2.1 A/AA)', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  for (const contrast of ['normal', 'high'] as const) {
    for (const javaScript of [false, true]) {
      it(`${contrast} contrast, ${javaScript ? 'with' : 'without'} JavaScript: no violation`, async () => {
        const page = await browser.newPage();
        try {
          await open(page, contrast, javaScript);
          if (javaScript) await page.waitForSelector('body.govuk-frontend-supported');
          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], `axe (${contrast}):\n  ${violations.join('\n  ')}`);
          if (!javaScript) {
            await page.screenshot({
              path: path.join(SCREENSHOT_DIR, `components-${contrast}.png`),
              fullPage: true,
            });
          }
        } finally {
          await page.close();
        }
      });
    }
  }

  it('high contrast gives text and focus at least 7:1 (WCAG AAA contrast)', async () => {
    const page = await browser.newPage();
    try {
      await open(page, 'high', false);
      const results = await new AxeBuilder({ page })
        .withRules(['color-contrast-enhanced'])
        .setLegacyMode(true)
        .analyze();
      const failures = results.violations.flatMap((v) =>
        v.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary}`),
      );
      assert.deepEqual(failures, []);
      // Focus: the focused link's colours (black on white) as the browser resolves them.
      await page.focus('.govuk-breadcrumbs__link');
      const colours = await page.evaluate<string[]>(
        '[getComputedStyle(document.activeElement).color, getComputedStyle(document.activeElement).backgroundColor]',
      );
      assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    } finally {
      await page.close();
    }
  });
});
