import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { cartogramTiles } from './cartogram.ts';
import { buildCluster } from './testing.ts';

describe('the map of clusters', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'reference' });
    const db = portal.database.db;
    await buildCluster(db, { name: 'Klaster Mazowiecki A', voivodeship: '14', industries: ['ict'] });
    await buildCluster(db, { name: 'Klaster Mazowiecki B', voivodeship: '14', industries: ['food'] });
    await buildCluster(db, { name: 'Klaster Śląski', voivodeship: '24', industries: ['ict'] });
  });
  after(() => portal.close());

  const get = (url: string) => portal.app.inject({ url });

  it('draws the 16 voivodeships as linked tiles with their counts, in an SVG with a title and description', async () => {
    const response = await get('/klastry/mapa');
    assert.equal(response.statusCode, 200);
    const page = response.body;
    assert.match(
      page,
      /<svg class="cartogram"[^>]* role="group" aria-labelledby="cartogram-title" aria-describedby="cartogram-desc"/,
    );
    assert.match(page, /<title id="cartogram-title">Kartogram: liczba klastrów w województwach<\/title>/);
    assert.match(page, /<desc id="cartogram-desc">/);
    assert.equal(page.match(/<a href="\/klastry\?wojewodztwo=\d\d" aria-label=/g)?.length, 16);
    assert.match(page, /<a href="\/klastry\?wojewodztwo=14" aria-label="mazowieckie: 2 klastry">/);
    assert.match(page, /<a href="\/klastry\?wojewodztwo=24" aria-label="śląskie: 1 klaster">/);
    assert.match(page, /<a href="\/klastry\?wojewodztwo=02" aria-label="dolnośląskie: 0 klastrów">/);
  });

  it('gives the same figures in a table, with clusters of unknown voivodeship and the total', async () => {
    const page = (await get('/klastry/mapa')).body;
    assert.match(
      page,
      /<caption class="govuk-table__caption govuk-table__caption--m">Liczba klastrów w województwach<\/caption>/,
    );
    assert.match(
      page,
      /<th scope="row"[^>]*><a class="govuk-link" href="\/klastry\?wojewodztwo=14">mazowieckie<\/a><\/th><td class="[^"]*govuk-table__cell--numeric">2<\/td>/,
    );
    assert.match(
      page,
      /<th scope="row"[^>]*>Województwo nieznane<\/th><td class="[^"]*govuk-table__cell--numeric">7<\/td>/,
    );
    assert.match(
      page,
      /<th scope="row"[^>]*><strong>Razem<\/strong><\/th><td class="[^"]*govuk-table__cell--numeric"><strong>10<\/strong><\/td>/,
    );
  });

  it("follows the list's filters, and its tiles lead to the list with them", async () => {
    const page = (await get('/klastry/mapa?branza=ict')).body;
    assert.match(
      page,
      /<a href="\/klastry\?branza=ict&amp;wojewodztwo=14" aria-label="mazowieckie: 1 klaster">/,
    );
    assert.match(page, /Liczby uwzględniają filtry wybrane na liście\./);
    assert.match(page, /<a class="govuk-link" href="\/klastry\?branza=ict">Pokaż klastry jako listę<\/a>/);
    assert.match(
      page,
      /<th scope="row"[^>]*><strong>Razem<\/strong><\/th><td class="[^"]*govuk-table__cell--numeric"><strong>2<\/strong><\/td>/,
    );
  });

  it('shades tiles by their share of the largest count, and places each once on a 5×4 grid', () => {
    const tiles = cartogramTiles(
      new Map([
        ['14', 8],
        ['24', 2],
        ['10', 1],
      ]),
      'pl',
    );
    const level = (code: string) => tiles.find((tile) => tile.code === code)?.level;
    assert.deepEqual([level('14'), level('24'), level('10'), level('02')], [4, 1, 1, 0]);
    assert.equal(new Set(tiles.map((tile) => `${tile.x},${tile.y}`)).size, 16);
    assert.deepEqual(tiles.find((tile) => tile.code === '32')?.lines, ['zachodnio-', 'pomorskie']);
    assert.deepEqual(
      tiles.slice(0, 4).map((tile) => tile.code),
      ['32', '22', '28', '08'],
      'reading order: north-west first, row by row',
    );
  });
});
