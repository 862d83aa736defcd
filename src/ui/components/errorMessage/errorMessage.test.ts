import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeComponent, render } from '../testing.ts';

describeComponent('errorMessage', () => {
  it('starts with a visually hidden prefix in the page language', () => {
    assert.match(
      render('errorMessage', { id: 'e', text: 'Zły' }),
      /<span class="govuk-visually-hidden">Błąd:<\/span> Zły/,
    );
    assert.match(render('errorMessage', { id: 'e', text: 'Bad' }, 'en'), /Error:<\/span> Bad/);
  });
});
