import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordProblem } from './passwordStrength.ts';

describe('password strength', () => {
  it('refuses short passwords', () => {
    assert.equal(passwordProblem('Kr0tk1e!'), 'tooShort');
  });

  it('refuses long but guessable ones, Polish words and the person’s own name included', () => {
    assert.equal(passwordProblem('123456789012'), 'tooWeak');
    assert.equal(passwordProblem('warszawa2024'), 'tooWeak');
    assert.equal(passwordProblem('kowalski1234', ['jan.kowalski@example.pl']), 'tooWeak');
  });

  it('accepts a long passphrase', () => {
    assert.equal(passwordProblem('zielony-rower-pod-mostem-7'), null);
  });
});
