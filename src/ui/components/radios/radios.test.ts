import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('radios', () => {
  it('gives the first radio the id the error summary links to, and checks the value', () => {
    const html = compact(
      render('radios', {
        name: 'k',
        legend: 'Kategoria',
        value: 'b',
        error: 'Wybierz.',
        items: [
          { value: 'a', text: 'A' },
          { value: 'b', text: 'B' },
        ],
      }),
    );
    assert.match(html, /<input class="govuk-radios__input" id="field-k" name="k" type="radio" value="a">/);
    assert.match(html, /id="field-k-2" name="k" type="radio" value="b" checked>/);
    assert.match(html, /<fieldset class="govuk-fieldset" aria-describedby="error-k">/);
  });
  it('reveals a conditional part only for the chosen item (with JavaScript; always shown without)', () => {
    const items = [{ value: 'a', text: 'A', conditional: { html: '<p>więcej</p>' } }];
    assert.match(
      render('radios', { name: 'k', legend: 'L', items }),
      /govuk-radios__conditional govuk-radios__conditional--hidden" id="conditional-field-k"><p>więcej<\/p>/,
    );
    assert.doesNotMatch(
      render('radios', { name: 'k', legend: 'L', items, value: 'a' }),
      /conditional--hidden/,
    );
  });
});
