import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('warningText', () => {
  it('has a visually hidden "Ostrzeżenie"', () => {
    assert.match(
      compact(render('warningText', { text: 'Nieodwracalne.' })),
      /<span class="govuk-visually-hidden">Ostrzeżenie<\/span> Nieodwracalne\./,
    );
  });
});
