import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { follow, type Session, startSession, withPage } from '../browser.ts';

describe('finding clusters in the browser', () => {
  let session: Session;
  before(async () => {
    session = await startSession({ data: 'demo' });
  });
  after(() => session?.close());

  it('searches and filters without JavaScript, landing on a short address to share', async () => {
    const context = await session.visitor({}, { javaScriptEnabled: false });
    await withPage(context, async (page) => {
      await page.goto('/klastry');
      await page.getByLabel('Szukaj', { exact: true }).fill('lodz');
      await page.getByLabel('Branża').selectOption('textiles');
      await follow(page, page.getByRole('button', { name: 'Pokaż klastry' }));
      assert.equal(new URL(page.url()).search, '?q=lodz&branza=textiles');
      assert.equal(await page.locator('#results-count strong').textContent(), 'Znaleziono 1 klaster');
      assert.equal(
        await page.getByRole('list', { name: 'Wyniki' }).getByRole('heading').getByRole('link').textContent(),
        'Łódzki Klaster Mody i Tekstyliów',
      );
      assert.equal(await page.getByLabel('Szukaj', { exact: true }).inputValue(), 'lodz');
      await follow(page, page.locator('#results-count').getByRole('link', { name: 'Wyczyść filtry' }));
      assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/klastry');
    });
  });

  it('goes from a tile of the map, reached with the keyboard, to that voivodeship’s list', async () => {
    await withPage(await session.visitor(), async (page) => {
      await page.goto('/klastry/mapa');
      await page.getByRole('link', { name: 'Pokaż klastry jako listę' }).focus();
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      assert.equal(await focused.getAttribute('href'), '/klastry?wojewodztwo=32');
      const stroke = await page.evaluate(
        `getComputedStyle(document.activeElement.querySelector('rect')).getPropertyValue('stroke-width')`,
      );
      assert.equal(stroke, '6px', 'the focused tile is outlined');
      await follow(page, page.getByRole('link', { name: /^śląskie: \d+ klast/ }));
      assert.equal(new URL(page.url()).search, '?wojewodztwo=24');
      assert.match(
        (await page.locator('#results-count strong').textContent()) ?? '',
        /^Znaleziono 5 klastrów$/,
      );
    });
  });

  it('downloads the filtered list as a CSV file for Excel', async () => {
    await withPage(await session.visitor({}, { acceptDownloads: true }), async (page) => {
      await page.goto('/klastry?wojewodztwo=22');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'CSV (Excel)' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^klastry-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = await readFile(await download.path());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      assert.equal(lines.length, 6, 'a header and the five Pomeranian clusters');
      assert.ok(lines.some((line) => line.startsWith('Bałtycki Klaster Technologii Morskich;')));
    });
  });
});
