import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  axeViolations,
  BOOM_PATH,
  htmlClasses,
  PAGES,
  type PortalOptions,
  type Session,
  startSession,
  type Visitor,
  withPage,
} from '../browser.ts';

/** Every page of the list plus the server error page. */
export const EVERY_PAGE = [...PAGES, { path: BOOM_PATH, status: 500 }];

/** One way of seeing the portal: a language, the display choices, a window size, and the pages to check. */
export interface AxeMode {
  name: string;
  visitor: Visitor;
  viewport?: { width: number; height: number };
  pages: readonly { path: string; status: number }[];
}

/**
 * The axe suite over some modes (split over two files so the runner's two workers share the load).
 * One fresh context per mode, each page a subtest visited in it: half the run time of a context per page,
 * and each page still passes or fails on its own.
 */
export function describeAxe(title: string, modes: readonly AxeMode[], portal: PortalOptions = {}): void {
  describe(`axe finds no WCAG 2.1 A/AA violation: ${title}`, () => {
    let session: Session;
    before(async () => {
      session = await startSession(portal);
    });
    after(() => session?.close());

    for (const mode of modes) {
      it(mode.name, async (t) => {
        const options = mode.viewport ? { viewport: mode.viewport } : {};
        await withPage(await session.visitor(mode.visitor, options), async (page) => {
          for (const { path, status } of mode.pages) {
            await t.test(`on ${path}`, async () => {
              const response = await page.goto(path);
              assert.equal(response?.status(), status, `${path} answered with an unexpected status`);
              if (mode.visitor.contrast === 'high') {
                assert.ok(
                  (await htmlClasses(page)).includes('contrast-high'),
                  'high contrast is not applied',
                );
              }
              const violations = await axeViolations(page);
              assert.deepEqual(
                violations,
                [],
                `axe on ${path} (${mode.name}):\n  ${violations.join('\n  ')}`,
              );
            });
          }
        });
      });
    }
  });
}
