import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionOutcomes } from './rankingPages.ts';

// What the decisions page offers is decided here, not in its template: granted only for a recommended one.
describe('the outcomes a decision may record', () => {
  it('offers granted first for a recommended application, and refused', () => {
    assert.deepEqual(decisionOutcomes('recommended'), ['granted', 'refused']);
  });
  it('offers only refused below the threshold or when not recommended', () => {
    assert.deepEqual(decisionOutcomes('below_threshold'), ['refused']);
    assert.deepEqual(decisionOutcomes('not_recommended'), ['refused']);
  });
  it('offers nothing once decided', () => {
    assert.deepEqual(decisionOutcomes('granted'), []);
  });
});
