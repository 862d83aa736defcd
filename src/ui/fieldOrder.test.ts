import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldLabel, inFieldOrder } from './fieldOrder.ts';

describe('form field order and labels', () => {
  it('orders errors as the form shows its fields, unknown fields last', () => {
    assert.deepEqual(Object.keys(inFieldOrder({ nip: 1, other: 2, name: 3 }, ['name', 'type', 'nip'])), [
      'name',
      'nip',
      'other',
    ]);
  });

  it('marks optional fields, not required ones', () => {
    assert.equal(fieldLabel('Telefon', false, '(opcjonalnie)'), 'Telefon (opcjonalnie)');
    assert.equal(fieldLabel('Nazwa', true, '(opcjonalnie)'), 'Nazwa');
  });
});
