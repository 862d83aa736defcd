import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('hint', () => {
  it('renders the hint with its id', () => {
    assert.equal(
      compact(render('hint', { id: 'h', text: 'Tekst' })),
      '<div id="h" class="govuk-hint">Tekst</div>',
    );
  });
});
