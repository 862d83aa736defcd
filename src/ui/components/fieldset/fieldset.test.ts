import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('fieldset', () => {
  it('puts the legend in an h1 when it is the page heading', () => {
    assert.match(
      compact(render('fieldset', { legend: 'Dane', legendIsHeading: true, html: '<p>x</p>' })),
      /<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Dane<\/h1><\/legend><p>x<\/p>/,
    );
  });
});
