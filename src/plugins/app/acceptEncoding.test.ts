import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferredEncoding } from './acceptEncoding.ts';

describe('accepted encoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    assert.equal(preferredEncoding('gzip, deflate, br'), 'br');
    assert.equal(preferredEncoding('gzip, br;q=0'), 'gzip');
    assert.equal(preferredEncoding('br;q=0.0, gzip;q=0'), 'identity');
    assert.equal(preferredEncoding(undefined), 'identity');
  });
});
