import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('select', () => {
  it('selects the current value and links the error', () => {
    const html = compact(
      render('select', {
        name: 'w',
        label: 'Województwo',
        value: 2,
        error: 'Wybierz.',
        options: [
          { value: 1, text: 'a' },
          { value: 2, text: 'b' },
        ],
      }),
    );
    assert.match(html, /<option value="2" selected>b<\/option>/);
    assert.match(
      html,
      /class="govuk-select govuk-select--error" id="field-w" name="w" aria-describedby="error-w" aria-invalid="true"/,
    );
  });
});
