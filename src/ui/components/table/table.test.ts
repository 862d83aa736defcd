import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('table', () => {
  it('renders headers, numeric cells and a scrolling region named by the caption', () => {
    const html = compact(
      render('table', {
        caption: 'Klastry',
        head: [{ text: 'Nazwa' }, { text: 'Liczba', numeric: true }],
        rows: [[{ text: 'A' }, { text: '1 200', numeric: true }]],
        firstCellIsHeader: true,
      }),
    );
    assert.match(
      html,
      /<div class="portal-table-scroll" role="region" tabindex="0" aria-label="Klastry"><table class="govuk-table"><caption class="govuk-table__caption">Klastry<\/caption>/,
    );
    assert.match(
      html,
      /<th scope="col" class="govuk-table__header govuk-table__header--numeric">Liczba<\/th>/,
    );
    assert.match(
      html,
      /<th scope="row" class="govuk-table__header">A<\/th><td class="govuk-table__cell govuk-table__cell--numeric">1 200<\/td>/,
    );
  });
  it('escapes text cells', () => {
    assert.match(render('table', { rows: [[{ text: '<script>' }]], responsive: false }), /&lt;script&gt;/);
  });
});
