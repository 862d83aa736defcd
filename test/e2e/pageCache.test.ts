import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { clusterRecorder } from '../../src/modules/registry/clusterRecorder.ts';
import { expectAccessible, htmlClasses, type Session, startSession, withPage } from '../browser.ts';

// Tests run without the page cache; here it is on, as in production, so the pages a browser gets are
// the kept ones the HTTP server answers before Fastify: they must look and behave the same.
describe('kept pages in a browser', () => {
  let session: Session;
  before(async () => {
    session = await startSession({ env: { PAGE_CACHE_SECONDS: '60' } });
  });
  after(() => session?.close());

  it('serves the kept page with its styles and scripts allowed, and no axe violation', async () => {
    const context = await session.visitor();
    await withPage(context, async (page) => {
      await page.goto('/klastry');
      await clusterRecorder(
        session.app.db,
        {
          slug: 'po-pierwszej-wizycie',
          name: 'Klaster Po Pierwszej Wizycie',
          coordinatorName: null,
          isDemo: true,
        },
        new Date().toISOString(),
      );
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const response = await page.reload();
      assert.equal(response?.status(), 200);
      assert.ok(response?.headers()['content-security-policy'], 'the kept page keeps its security headers');
      assert.equal(await page.getByText('Klaster Po Pierwszej Wizycie').count(), 0, 'the kept page');
      // A string, as the test code is compiled without the DOM's types.
      const rules = await page.evaluate(
        '[...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)',
      );
      assert.ok(Number(rules) > 0, 'the stylesheet loaded');
      assert.deepEqual(errors, [], 'no CSP or script errors');
      await expectAccessible(page, 'the kept /klastry');
    });
  });

  it('keeps a separate page for the high-contrast visitor', async () => {
    const normal = await session.visitor();
    await withPage(normal, (page) => page.goto('/polityka-klastrowa'));
    const contrast = await session.visitor({ contrast: 'high' });
    await withPage(contrast, async (page) => {
      await page.goto('/polityka-klastrowa');
      assert.ok((await htmlClasses(page)).includes('contrast-high'));
      await expectAccessible(page, 'the kept /polityka-klastrowa');
    });
  });
});
