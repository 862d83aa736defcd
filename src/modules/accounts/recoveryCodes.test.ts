import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeRecoveryCode, newRecoveryCode, normaliseRecoveryCode } from './recoveryCodes.ts';

describe('recovery codes', () => {
  it('are ten characters in two groups, without look-alike characters', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) assert.match(code, /^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    assert.equal(new Set(codes).size, codes.length);
  });

  it('are read the same however they are typed', () => {
    assert.equal(normaliseRecoveryCode(' K7M2P - xq9ra '), 'k7m2pxq9ra');
    assert.ok(looksLikeRecoveryCode('K7M2P XQ9RA'));
    assert.ok(!looksLikeRecoveryCode('123456'));
    assert.ok(!looksLikeRecoveryCode('k7m2p-xq9r0'), 'no zero in the alphabet');
  });
});
