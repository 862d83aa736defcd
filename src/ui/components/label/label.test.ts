import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('label', () => {
  it('marks an optional field and escapes the text', () => {
    assert.equal(
      compact(render('label', { for: 'f', text: '<A>', optional: true })),
      '<label class="govuk-label" for="f">&lt;A&gt; (opcjonalnie)</label>',
    );
  });
});
