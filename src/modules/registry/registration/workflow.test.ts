import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canTransition } from '../../../platform/workflow.ts';
import {
  CHANGE_STATES,
  CHANGE_WORKFLOW,
  isFormEditable,
  isProfileEditable,
  nextChangeState,
  nextState,
  REGISTRATION_STATES,
  REGISTRATION_WORKFLOW,
  type RegistrationState,
  TRANSITION_NAMES,
  TRANSITIONS,
  type Transition,
  transitionsFrom,
} from './workflow.ts';

/** Every state × transition: where it leads, or null where it is refused. */
const EXPECTED: Record<RegistrationState, Record<Transition, RegistrationState | null>> = {
  draft: { submit: 'submitted', approve: null, return: null, reject: null },
  submitted: { submit: null, approve: 'published', return: 'returned', reject: 'rejected' },
  returned: { submit: 'submitted', approve: null, return: null, reject: null },
  published: { submit: null, approve: null, return: null, reject: null },
  rejected: { submit: null, approve: null, return: null, reject: null },
};

describe('the registration workflow', () => {
  for (const state of REGISTRATION_STATES) {
    for (const transition of TRANSITION_NAMES) {
      const expected = EXPECTED[state][transition];
      it(`${transition} from ${state} ${expected ? `leads to ${expected}` : 'is refused'}`, () => {
        assert.equal(nextState(state, transition), expected);
      });
    }
  }

  it('moves between states exactly as the procedure says, every pair checked', () => {
    const allowed = new Set([
      'draft>submitted',
      'returned>submitted',
      'submitted>published',
      'submitted>returned',
      'submitted>rejected',
    ]);
    for (const from of REGISTRATION_STATES)
      for (const to of REGISTRATION_STATES)
        assert.equal(
          canTransition(REGISTRATION_WORKFLOW, from, to),
          allowed.has(`${from}>${to}`),
          `${from}>${to}`,
        );
    const changes = new Set(['pending>approved', 'pending>rejected']);
    for (const from of CHANGE_STATES)
      for (const to of CHANGE_STATES)
        assert.equal(canTransition(CHANGE_WORKFLOW, from, to), changes.has(`${from}>${to}`), `${from}>${to}`);
  });

  it('refuses every transition from a state it does not know', () => {
    for (const transition of TRANSITION_NAMES) assert.equal(nextState('archived', transition), null);
    assert.deepEqual(transitionsFrom('archived'), []);
  });

  it('lists what can happen next from each state', () => {
    assert.deepEqual(transitionsFrom('draft'), ['submit']);
    assert.deepEqual(transitionsFrom('submitted'), ['approve', 'return', 'reject']);
    assert.deepEqual(transitionsFrom('returned'), ['submit']);
    assert.deepEqual(transitionsFrom('published'), []);
    assert.deepEqual(transitionsFrom('rejected'), []);
  });

  it('lets the team submit and only operators decide; returning and rejecting need a comment', () => {
    assert.equal(TRANSITIONS.submit.by, 'team');
    for (const decision of ['approve', 'return', 'reject'] as const) {
      assert.equal(TRANSITIONS[decision].by, 'operator');
    }
    assert.deepEqual(
      TRANSITION_NAMES.filter((transition) => TRANSITIONS[transition].needsComment),
      ['return', 'reject'],
    );
  });

  it('keeps the form editable only in draft and after a return; a published profile is edited as a profile', () => {
    assert.deepEqual(REGISTRATION_STATES.filter(isFormEditable), ['draft', 'returned']);
    assert.deepEqual(REGISTRATION_STATES.filter(isProfileEditable), ['published']);
  });

  it('decides a material change once: pending → approved or rejected', () => {
    assert.equal(nextChangeState('pending', 'approve'), 'approved');
    assert.equal(nextChangeState('pending', 'reject'), 'rejected');
    for (const decided of ['approved', 'rejected']) {
      assert.equal(nextChangeState(decided, 'approve'), null);
      assert.equal(nextChangeState(decided, 'reject'), null);
    }
  });
});
