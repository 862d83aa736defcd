import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';
import { TAG_COLOURS } from './params.ts';

describeComponent('tag', () => {
  it('colours a tag by its state', () => {
    assert.equal(
      compact(render('tag', { text: 'Cofnięty', colour: TAG_COLOURS.error })),
      '<strong class="govuk-tag govuk-tag--red">Cofnięty</strong>',
    );
    assert.equal(compact(render('tag', { text: 'KKK' })), '<strong class="govuk-tag">KKK</strong>');
  });
});
