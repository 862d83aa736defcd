import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canTransition } from '../../platform/workflow.ts';
import { STATUS_WORKFLOW } from './statusState.ts';
import { STATUS_STATES } from './tables.ts';

describe('the status workflow', () => {
  it('expires or revokes an active status, revokes an expired one, and never leaves a revocation', () => {
    const allowed = new Set(['active>expired', 'active>revoked', 'expired>revoked']);
    for (const from of STATUS_STATES)
      for (const to of STATUS_STATES)
        assert.equal(canTransition(STATUS_WORKFLOW, from, to), allowed.has(`${from}>${to}`), `${from}>${to}`);
    assert.equal(canTransition(STATUS_WORKFLOW, 'suspended', 'revoked'), false);
  });
});
