import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { buildCluster, grantedStatus } from '../../../test/factories.ts';
import { seedKkkHistory } from '../../seed/kkkHistory.ts';

const NOW = new Date('2026-11-27T10:00:00Z');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the KKK page', () => {
  let portal: TestApp;
  const page = async () => (await portal.app.inject({ url: '/krajowe-klastry-kluczowe' })).body;

  before(async () => {
    portal = await testApp({ data: 'reference', clock: { now: () => NOW } });
    await seedKkkHistory(portal.database.db, { now: () => NOW });
  });
  after(() => portal.close());

  it('before any active holder: says so once, notes unknown values once, counts by round', async () => {
    const body = await page();
    assert.equal(count(body, 'Dziś żaden klaster nie ma aktywnego statusu KKK.'), 1);
    assert.equal(count(body, 'Kreska („—”) oznacza wartość nieznaną'), 1);
    const visible = body.replace(/<span class="govuk-visually-hidden">brak danych<\/span>/g, '');
    assert.ok(body.includes('brak danych'), 'screen readers still hear it');
    assert.ok(!visible.includes('brak danych'), 'no wall of "brak danych"');
    assert.ok(!body.includes('Podmiot reprezentujący: brak danych'));
    for (const heading of ['Runda V (2021)', 'Runda II (2016)', 'Runda I (2015)'])
      assert.match(
        body,
        new RegExp(`<h3 class="govuk-heading-m" id="round-\\d">${heading.replace(/[()]/g, '\\$&')}</h3>`),
      );
    assert.equal(count(body, 'W tym aktywne dziś: 0'), 3);
  });

  it('counts the active holders once one holds the status', async () => {
    const cluster = await buildCluster(portal.app.db, { name: 'Klaster Aktywny' });
    await grantedStatus(portal.app.db, cluster.id, { now: NOW });
    const body = await page();
    assert.match(body, /Aktywny status KKK ma dziś 1 klaster\./);
    assert.match(body, /W tym aktywne dziś: 1/);
  });
});
