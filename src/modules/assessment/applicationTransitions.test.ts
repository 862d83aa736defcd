import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_STATES } from '../competition/applicationStates.ts';
import { ASSESSMENT_TRANSITIONS, canMove, statesLeadingTo } from './applicationTransitions.ts';

describe('assessment transitions', () => {
  it('name only states the competition knows', () => {
    for (const [from, targets] of Object.entries(ASSESSMENT_TRANSITIONS)) {
      assert.ok((APPLICATION_STATES as readonly string[]).includes(from), from);
      for (const to of targets) assert.ok((APPLICATION_STATES as readonly string[]).includes(to), to);
    }
  });

  it('allow exactly the listed moves, every pair checked', () => {
    const allowed = new Set(
      Object.entries(ASSESSMENT_TRANSITIONS).flatMap(([from, targets]) =>
        targets.map((to) => `${from}>${to}`),
      ),
    );
    for (const from of APPLICATION_STATES) {
      for (const to of APPLICATION_STATES)
        assert.equal(canMove(from, to), allowed.has(`${from}>${to}`), `${from}>${to}`);
    }
  });

  it('never leave a granted application, and grant only a recommended one', () => {
    assert.deepEqual(statesLeadingTo('granted'), ['recommended']);
    assert.equal(canMove('granted', 'in_assessment'), false);
    assert.deepEqual(statesLeadingTo('refused').sort(), [
      'below_threshold',
      'not_recommended',
      'recommended',
    ]);
  });
});
