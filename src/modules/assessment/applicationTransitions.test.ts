import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_STATES, type ApplicationState } from '../competition/applicationStates.ts';
import { canMove, statesLeadingTo } from './applicationTransitions.ts';

/** Written out by hand from the assessment's procedure, not read from the table it checks. */
const ASSESSMENT_MOVES = new Set([
  'formally_accepted>in_assessment',
  'in_assessment>below_threshold',
  'in_assessment>panel',
  'below_threshold>in_assessment',
  'below_threshold>refused',
  'panel>in_assessment',
  'panel>recommended',
  'panel>not_recommended',
  'recommended>granted',
  'recommended>refused',
  'recommended>panel',
  'not_recommended>refused',
  'not_recommended>panel',
  'refused>in_assessment',
]);
const ASSESSMENT_TARGETS: ApplicationState[] = [
  'in_assessment',
  'below_threshold',
  'panel',
  'recommended',
  'not_recommended',
  'granted',
  'refused',
];

describe('assessment transitions', () => {
  it("allow exactly the assessment's moves into its states, every pair checked", () => {
    for (const from of APPLICATION_STATES) {
      for (const to of ASSESSMENT_TARGETS)
        assert.equal(canMove(from, to), ASSESSMENT_MOVES.has(`${from}>${to}`), `${from}>${to}`);
    }
    assert.equal(canMove('archived', 'in_assessment'), false);
  });

  it('move an application from the states that lead to the target, and no other', () => {
    assert.deepEqual(statesLeadingTo('in_assessment').sort(), [
      'below_threshold',
      'formally_accepted',
      'panel',
      'refused',
    ]);
    assert.deepEqual(statesLeadingTo('panel').sort(), ['in_assessment', 'not_recommended', 'recommended']);
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
