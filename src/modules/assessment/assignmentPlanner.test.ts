import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planAssignments } from './assignmentPlanner.ts';

const experts = (...loads: number[]) => loads.map((load, index) => ({ expertId: index + 1, load }));

describe('assignment planner', () => {
  it('gives each slot to the expert with the fewest unfinished tasks, the lowest id on a tie', () => {
    const plan = planAssignments(
      [
        { applicationId: 10, slots: 2, excluded: new Set() },
        { applicationId: 11, slots: 2, excluded: new Set() },
      ],
      experts(1, 0, 0, 3),
    );
    assert.deepEqual(plan, [
      { applicationId: 10, expertId: 2 },
      { applicationId: 10, expertId: 3 },
      { applicationId: 11, expertId: 1 },
      { applicationId: 11, expertId: 2 },
    ]);
  });

  it('balances the load across a whole round', () => {
    const applications = Array.from({ length: 30 }, (_, index) => ({
      applicationId: index + 1,
      slots: 3,
      excluded: new Set<number>(),
    }));
    const plan = planAssignments(applications, experts(0, 0, 0, 0, 0, 0, 0, 0, 0));
    const counts = new Map<number, number>();
    for (const { expertId } of plan) counts.set(expertId, (counts.get(expertId) ?? 0) + 1);
    assert.equal(plan.length, 90);
    assert.deepEqual([...new Set(counts.values())], [10]);
  });

  it('never picks an excluded expert nor the same expert twice for one application', () => {
    const plan = planAssignments(
      [{ applicationId: 1, slots: 3, excluded: new Set([1, 2]) }],
      experts(0, 0, 5, 5),
    );
    assert.deepEqual(
      plan.map((entry) => entry.expertId),
      [3, 4],
      'only two eligible experts: the third slot stays open',
    );
  });

  it('is the same plan whatever order the input comes in', () => {
    const a = { applicationId: 1, slots: 1, excluded: new Set<number>() };
    const b = { applicationId: 2, slots: 1, excluded: new Set<number>() };
    assert.deepEqual(planAssignments([b, a], experts(0, 0)), planAssignments([a, b], experts(0, 0)));
  });
});
