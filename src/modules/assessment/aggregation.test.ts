import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompetitionRules, Criterion } from '../competition/rules.ts';
import { LATEST_ROUND_RULES } from '../competition/rules.ts';
import {
  aggregateStage1,
  disagreementOf,
  isDivergent,
  maximumOf,
  meanReaches,
  meanValue,
  stage1Criteria,
  stage1Outcome,
} from './aggregation.ts';

const rules: CompetitionRules = LATEST_ROUND_RULES;
const criteria = stage1Criteria(rules);
/** Points for Z1, E1, W1, P1, K1. */
const expert = (taskId: number, ...points: number[]) => ({
  taskId,
  points: Object.fromEntries(criteria.map((criterion, index) => [criterion.code, points[index] ?? 0])),
});

describe('stage-1 aggregation', () => {
  it('takes the mean of the submitted experts per criterion, per area and overall', () => {
    const result = aggregateStage1(criteria, [expert(1, 10, 12, 14, 16, 18), expert(2, 11, 12, 15, 16, 19)]);
    assert.equal(result.experts, 2);
    assert.equal(meanValue(result.criteria[0]?.mean ?? { sum: 0, count: 0 }), 10.5);
    assert.equal(result.criteria[0]?.spread, 1);
    assert.deepEqual(result.expertTotals, [70, 73]);
    assert.equal(meanValue(result.total), 71.5);
    assert.equal(meanValue(result.areas.W ?? { sum: 0, count: 0 }), 14.5);
    assert.equal(result.spread, 3);
  });

  it('compares a mean with a threshold exactly, without rounding errors', () => {
    const thirds = aggregateStage1(criteria, [
      expert(1, 20, 20, 20, 0, 0),
      expert(2, 20, 0, 0, 0, 0),
      expert(3, 20, 20, 0, 0, 0),
    ]);
    assert.equal(meanReaches(thirds.total, 40), true, '120 / 3 is 40');
    assert.equal(meanReaches(thirds.total, 41), false);
  });

  it('calls for one more expert when two totals differ by more than the share of the stage-1 maximum', () => {
    const maximum = maximumOf(criteria);
    assert.equal(maximum, 100);
    assert.equal(isDivergent([60, 90], maximum, 0.3), false, 'exactly 30 points apart is not more than 30%');
    assert.equal(isDivergent([60, 91], maximum, 0.3), true);
    assert.equal(isDivergent([60, 75, 91], maximum, 0.3), true, 'any two of the experts');
    assert.equal(isDivergent([91], maximum, 0.3), false, 'one expert cannot disagree');
  });

  it('sends to the panel at the stage-1 threshold and not a point below', () => {
    const at = aggregateStage1(criteria, [expert(1, 12, 12, 12, 12, 12), expert(2, 12, 12, 12, 12, 12)]);
    const below = aggregateStage1(criteria, [expert(1, 12, 12, 12, 12, 12), expert(2, 12, 12, 12, 12, 11)]);
    assert.equal(stage1Outcome(rules, at), 'panel');
    assert.equal(stage1Outcome(rules, below), 'below_threshold');
  });

  it('applies an area minimum at stage 1 when the area is scored in stage 1 only', () => {
    const onlyStage1: Criterion[] = rules.criteria.filter((criterion) => criterion.stage === 'stage1');
    const strict: CompetitionRules = {
      ...rules,
      criteria: onlyStage1,
      areas: rules.areas.map((area) => (area.code === 'K' ? { ...area, minPoints: 10 } : area)),
    };
    const weakOnK = aggregateStage1(onlyStage1, [
      expert(1, 20, 20, 20, 20, 9),
      expert(2, 20, 20, 20, 20, 10),
    ]);
    assert.equal(stage1Outcome(strict, weakOnK), 'below_threshold', 'K mean 9.5 is under its minimum of 10');
    const withPanel: CompetitionRules = {
      ...rules,
      areas: rules.areas.map((area) => (area.code === 'K' ? { ...area, minPoints: 10 } : area)),
    };
    assert.equal(
      stage1Outcome(withPanel, weakOnK),
      'panel',
      'K has a panel criterion: judged on the final total',
    );
  });

  it('shows the operator mean, spread and every expert’s points per criterion', () => {
    const flag = disagreementOf(
      rules,
      aggregateStage1(criteria, [expert(1, 20, 20, 20, 20, 20), expert(2, 5, 5, 5, 5, 5)]),
    );
    assert.equal(flag.divergent, true);
    assert.equal(flag.mean, 62.5);
    assert.equal(flag.spread, 75);
    assert.deepEqual(flag.criteria[0], { code: 'Z1', mean: 12.5, spread: 15, points: [20, 5] });
  });
});
