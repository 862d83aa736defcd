import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BOOM_PATH, type Session, startSession, withPage } from '../browser.ts';

/** What would show the visitor the portal's internals instead of a plain message. */
const INTERNALS = [/boom/i, /\bError:/, /\bat .+:\d+:\d+/, /node_modules/, /\.ts\b/, /stack/i];

describe('the server error page', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session?.close());

  for (const locale of ['pl', 'en'] as const) {
    it(`shows the request id to quote and nothing of the failure itself (${locale})`, async () => {
      await withPage(await session.visitor({ locale }), async (page) => {
        const response = await page.goto(BOOM_PATH);
        assert.equal(response?.status(), 500);
        const requestId = response?.headers()['x-request-id'];
        assert.ok(requestId, 'the response carries an x-request-id header');

        assert.equal(await page.locator('html').getAttribute('lang'), locale);
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
        const shownId = page.locator('main .request-id');
        assert.ok(await shownId.isVisible(), 'the request id is visible on the page');
        assert.equal((await shownId.textContent())?.trim(), requestId);

        const text = (await page.locator('body').textContent()) ?? '';
        for (const internal of INTERNALS) {
          assert.doesNotMatch(text, internal, `the error page shows internals (${internal}):\n${text}`);
        }
        assert.ok(!/boom/i.test(await page.content()), 'the error message is hidden in the markup');
      });
    });
  }

  it('gives every failure its own request id', async () => {
    await withPage(await session.visitor(), async (page) => {
      const first = (await page.goto(BOOM_PATH))?.headers()['x-request-id'];
      const second = (await page.goto(BOOM_PATH))?.headers()['x-request-id'];
      assert.ok(first && second);
      assert.notEqual(first, second);
      assert.equal((await page.locator('.request-id').textContent())?.trim(), second);
    });
  });
});
