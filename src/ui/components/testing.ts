import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locale } from '../../platform/time.ts';
import { translator } from '../i18n/messages.ts';
import { renderComponent } from '../render.ts';
import { EXAMPLES } from './examples.ts';
import type { ComponentName, ComponentParams } from './index.ts';

/** Renders a component the way a page does, in Polish unless told otherwise. */
export function render<N extends ComponentName>(
  name: N,
  params: ComponentParams[N],
  locale: Locale = 'pl',
): string {
  return renderComponent(name, params, translator(locale), locale);
}

/** The markup with whitespace between tags removed, for readable assertions. */
export function compact(html: string): string {
  return html.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
}

/**
 * A component's test: every example renders in both languages with no untranslated key and no stray
 * template syntax, then the component's own checks.
 */
export function describeComponent(name: ComponentName, checks: () => void): void {
  describe(`component ${name}`, () => {
    for (const example of EXAMPLES[name]) {
      it(`renders the example "${example.name}" in Polish and English`, () => {
        for (const locale of ['pl', 'en'] as const) {
          const html = render(name, example.params as never, locale);
          assert.ok(html.trim().length > 0, 'renders something');
          assert.doesNotMatch(
            html,
            /undefined|\[object Object\]|<%|%>/,
            `${name} "${example.name}" (${locale})`,
          );
        }
      });
    }
    checks();
  });
}
