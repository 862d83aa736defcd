import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inFieldOrder } from './fieldOrder.ts';

describe('form field order', () => {
  it('orders errors as the form shows its fields, unknown fields last', () => {
    assert.deepEqual(Object.keys(inFieldOrder({ nip: 1, other: 2, name: 3 }, ['name', 'type', 'nip'])), [
      'name',
      'nip',
      'other',
    ]);
  });
});
