import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('summaryList', () => {
  it('renders label–value rows with actions named for screen readers', () => {
    const html = compact(
      render('summaryList', {
        rows: [
          { key: 'Ocena', value: '4', actions: [{ href: '#o', text: 'Zmień' }] },
          { key: 'Uwagi', value: '<x>' },
        ],
      }),
    );
    assert.match(
      html,
      /<dt class="govuk-summary-list__key">Ocena<\/dt><dd class="govuk-summary-list__value">4<\/dd>/,
    );
    assert.match(
      html,
      /<a class="govuk-link" href="#o">Zmień<span class="govuk-visually-hidden"> Ocena<\/span><\/a>/,
    );
    assert.match(html, /govuk-summary-list__row--no-actions/);
    assert.match(html, /&lt;x&gt;/);
  });
});
