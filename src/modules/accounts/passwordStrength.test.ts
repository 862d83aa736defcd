import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordProblem } from './passwordStrength.ts';

describe('password strength', async () => {
  it('refuses short passwords', async () => {
    assert.equal(await passwordProblem('Kr0tk1e!'), 'tooShort');
  });

  it('refuses long but guessable ones, Polish words and the person’s own name included', async () => {
    assert.equal(await passwordProblem('123456789012'), 'tooWeak');
    assert.equal(await passwordProblem('warszawa2024'), 'tooWeak');
    assert.equal(await passwordProblem('kowalski1234', ['jan.kowalski@example.pl']), 'tooWeak');
  });

  it('accepts a long passphrase', async () => {
    assert.equal(await passwordProblem('zielony-rower-pod-mostem-7'), null);
  });
});
