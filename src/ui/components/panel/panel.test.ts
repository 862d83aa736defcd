import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('panel', () => {
  it('renders the confirmation title as the page heading', () => {
    assert.match(
      compact(render('panel', { title: 'Wniosek złożony', text: 'Numer 1' })),
      /<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Wniosek złożony<\/h1><div class="govuk-panel__body">Numer 1<\/div><\/div>/,
    );
  });
});
