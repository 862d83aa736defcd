import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusValidUntil } from './validity.ts';

const years = (count: number) => ({ kind: 'years' as const, years: count });

describe('status validity', () => {
  it('lasts N years counting the document’s day as the first', () => {
    assert.equal(statusValidUntil(years(3), '2015-09-30'), '2018-09-29');
    assert.equal(statusValidUntil(years(3), '2024-03-01'), '2027-02-28');
    assert.equal(statusValidUntil(years(1), '2023-03-01'), '2024-02-29', 'a leap day can be the last day');
  });

  it('ends on 28 February for a status granted on 29 February', () => {
    assert.equal(statusValidUntil(years(3), '2024-02-29'), '2027-02-28');
    assert.equal(statusValidUntil(years(4), '2024-02-29'), '2028-02-28', 'the 4th anniversary exists');
  });

  it('uses a round’s fixed end date whatever the document date', () => {
    assert.equal(statusValidUntil({ kind: 'until', date: '2024-12-31' }, '2021-12-20'), '2024-12-31');
  });

  it('refuses something that is not a calendar date', () => {
    assert.throws(() => statusValidUntil(years(3), '2024-02-30'), RangeError);
    assert.throws(() => statusValidUntil(years(3), '14.09.2015'), RangeError);
  });
});
