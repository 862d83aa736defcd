import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { POLISH_ORDER } from './testing.ts';
import { VOIVODESHIP_CODES, VOIVODESHIPS, voivodeshipOptions } from './voivodeships.ts';

describe('the voivodeship list', () => {
  it('is offered in Polish alphabetical order, not in the order JavaScript enumerates the codes', () => {
    // The cause of the defect: integer-like keys ("10"…"32") come before "02"…"08".
    assert.equal(Object.keys(VOIVODESHIPS)[0], '10');
    assert.deepEqual(
      voivodeshipOptions('pl').map((option) => option.label),
      POLISH_ORDER,
    );
    assert.deepEqual(VOIVODESHIP_CODES.slice(0, 3), ['02', '04', '06']);
  });

  it('is offered in English alphabetical order in English', () => {
    const labels = voivodeshipOptions('en').map((option) => option.label);
    assert.deepEqual(labels, [...labels].sort(new Intl.Collator('en').compare));
    assert.equal(labels[0], 'Greater Poland');
  });
});
