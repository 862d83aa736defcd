import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateTime, instantToWarsaw, warsawDate, warsawToInstant } from './time.ts';

describe('Warsaw time', () => {
  it('reads winter and summer wall-clock times with their own offsets', () => {
    assert.equal(warsawToInstant('2026-01-15T12:00').toISOString(), '2026-01-15T11:00:00.000Z');
    assert.equal(warsawToInstant('2026-07-15T12:00').toISOString(), '2026-07-15T10:00:00.000Z');
  });

  it('refuses a time skipped when clocks move forward on 29 March 2026', () => {
    assert.throws(() => warsawToInstant('2026-03-29T02:30'), /does not exist/);
    assert.equal(warsawToInstant('2026-03-29T03:00').toISOString(), '2026-03-29T01:00:00.000Z');
  });

  it('resolves the repeated hour on 25 October 2026 to its first occurrence', () => {
    assert.equal(warsawToInstant('2026-10-25T02:30').toISOString(), '2026-10-25T00:30:00.000Z');
  });

  it('shows an instant on either side of a DST change in Warsaw time', () => {
    assert.equal(instantToWarsaw('2026-10-25T00:30:00Z'), '2026-10-25T02:30');
    assert.equal(instantToWarsaw('2026-10-25T01:30:00Z'), '2026-10-25T02:30');
    assert.equal(instantToWarsaw('2026-10-25T02:30:00Z'), '2026-10-25T03:30');
    assert.equal(formatDateTime('2026-03-29T00:59:00Z', 'pl'), '29 marca 2026 01:59');
    assert.equal(formatDateTime('2026-03-29T01:00:00Z', 'pl'), '29 marca 2026 03:00');
  });

  it('gives the Warsaw calendar date, which starts before UTC midnight', () => {
    assert.equal(warsawDate('2026-11-27T22:59:59Z'), '2026-11-27');
    assert.equal(warsawDate('2026-11-27T23:00:00Z'), '2026-11-28');
    assert.equal(warsawDate('2026-06-30T22:00:00Z'), '2026-07-01');
  });
});
