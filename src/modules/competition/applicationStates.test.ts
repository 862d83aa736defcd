import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  APPLICATION_STATES,
  applicationMayMove,
  canBeWithdrawn,
  isApplicationState,
} from './applicationStates.ts';
import { editableScope } from './editableScope.ts';

/**
 * Every move of the application workflow, written out by hand from the procedure (formal check,
 * assessment, panel, decision, appeal), not read from the table it checks. Withdrawal: from every
 * state before the minister's decision, the panel included.
 */
const ALLOWED = new Set([
  'draft>submitted',
  'draft>withdrawn',
  'submitted>formally_accepted',
  'submitted>formally_rejected',
  'submitted>corrections_requested',
  'submitted>withdrawn',
  'corrections_requested>submitted',
  'corrections_requested>formally_rejected',
  'corrections_requested>withdrawn',
  'formally_accepted>in_assessment',
  'formally_accepted>withdrawn',
  'in_assessment>below_threshold',
  'in_assessment>panel',
  'in_assessment>withdrawn',
  'below_threshold>in_assessment',
  'below_threshold>refused',
  'below_threshold>withdrawn',
  'panel>in_assessment',
  'panel>recommended',
  'panel>not_recommended',
  'panel>withdrawn',
  'recommended>granted',
  'recommended>refused',
  'recommended>panel',
  'recommended>withdrawn',
  'not_recommended>refused',
  'not_recommended>panel',
  'not_recommended>withdrawn',
  'refused>in_assessment',
]);

describe('application states', () => {
  it("allow exactly the workflow's transitions, for every pair of states", () => {
    for (const from of APPLICATION_STATES)
      for (const to of APPLICATION_STATES)
        assert.equal(applicationMayMove(from, to), ALLOWED.has(`${from}>${to}`), `${from} → ${to}`);
    assert.equal(applicationMayMove('archived', 'submitted'), false);
  });

  it('let an application be withdrawn until a decision, and not after', () => {
    const final = ['formally_rejected', 'withdrawn', 'granted', 'refused'];
    for (const state of APPLICATION_STATES)
      assert.equal(canBeWithdrawn(state), !final.includes(state), state);
    assert.equal(isApplicationState('archived'), false);
  });

  it('open a draft fully, a correction only within its window and only for the fields asked', () => {
    const now = new Date('2026-12-05T10:00:00.000Z');
    assert.deepEqual(editableScope({ state: 'draft' }, undefined, now), { kind: 'all' });
    assert.deepEqual(editableScope({ state: 'submitted' }, undefined, now), {
      kind: 'none',
      reason: 'not_editable',
    });
    const check = {
      decision: 'corrections' as const,
      correctionFields: '["employment"]',
      correctionAttachments: '[]',
      correctionsDueAt: '2026-12-05T10:00:00.000Z',
    };
    const open = editableScope({ state: 'corrections_requested' }, check, now);
    assert.equal(open.kind, 'corrections');
    assert.ok(open.kind === 'corrections' && open.fields.has('employment') && !open.fields.has('patents'));
    assert.deepEqual(editableScope({ state: 'corrections_requested' }, check, new Date(now.getTime() + 1)), {
      kind: 'none',
      reason: 'correction_window_closed',
    });
  });
});
