import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('insetText', () => {
  it('escapes text', () => {
    assert.equal(
      compact(render('insetText', { text: 'a < b' })),
      '<div class="govuk-inset-text">a &lt; b</div>',
    );
  });
});
