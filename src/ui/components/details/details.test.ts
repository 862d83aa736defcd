import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('details', () => {
  it('renders a native disclosure', () => {
    assert.match(
      compact(render('details', { summary: 'Więcej', text: 'Treść' })),
      /<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Więcej<\/span><\/summary><div class="govuk-details__text">Treść<\/div><\/details>/,
    );
  });
});
