import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('dateInput', () => {
  it('renders day, month and year (DD MM RRRR) with Polish labels and the error on one part', () => {
    const html = compact(
      render('dateInput', {
        name: 'd',
        legend: 'Data',
        value: { day: '3', month: '12', year: '26' },
        error: 'Rok ma 4 cyfry.',
        errorParts: ['year'],
      }),
    );
    assert.match(
      html,
      /<label class="govuk-label govuk-date-input__label" for="field-d">Dzień<\/label><input class="govuk-input govuk-date-input__input govuk-input--width-2" id="field-d" name="d-day" type="text" inputmode="numeric" value="3">/,
    );
    assert.match(html, />Miesiąc<\/label>/);
    assert.match(
      html,
      /govuk-input--width-4 govuk-input--error" id="field-d-year" name="d-year" type="text" inputmode="numeric" value="26" aria-invalid="true">/,
    );
    assert.match(html, /role="group"/);
    assert.match(html, /Na przykład 27 3 2026/);
  });
});
