import type { CompetitionRules, Criterion } from '../competition/rules.ts';

/** One expert's submitted points per criterion code. */
export interface ExpertScores {
  taskId: number;
  points: Readonly<Record<string, number>>;
}

/**
 * A mean kept as sum and count, so thresholds and ties are compared exactly (100 = 300/3, never
 * 99.99999…); `value` is for showing.
 */
export interface Mean {
  sum: number;
  count: number;
}

export const meanValue = (mean: Mean): number => (mean.count === 0 ? 0 : mean.sum / mean.count);
/** Whether a mean reaches a threshold, exactly. */
export const meanReaches = (mean: Mean, threshold: number): boolean =>
  mean.count > 0 && mean.sum >= threshold * mean.count;

export interface CriterionSummary {
  code: string;
  area: string;
  maxPoints: number;
  /** Each submitted expert's points, in the order of the experts given. */
  points: number[];
  mean: Mean;
  /** Highest minus lowest points: how far the experts disagree on this criterion. */
  spread: number;
}

export interface Stage1Result {
  experts: number;
  criteria: CriterionSummary[];
  /** Mean points per area code (over the area's stage-1 criteria). */
  areas: Record<string, Mean>;
  total: Mean;
  /** Each expert's stage-1 total, in the order of the experts given. */
  expertTotals: number[];
  /** Highest minus lowest expert total. */
  spread: number;
}

export const stage1Criteria = (rules: CompetitionRules): Criterion[] =>
  rules.criteria.filter((criterion) => criterion.stage === 'stage1');
export const panelCriteria = (rules: CompetitionRules): Criterion[] =>
  rules.criteria.filter((criterion) => criterion.stage === 'panel');

export function maximumOf(criteria: readonly Criterion[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
}

const spreadOf = (values: number[]) => (values.length === 0 ? 0 : Math.max(...values) - Math.min(...values));

/** The mean of the submitted experts per criterion, per area and overall. */
export function aggregateStage1(
  criteria: readonly Criterion[],
  experts: readonly ExpertScores[],
): Stage1Result {
  const count = experts.length;
  const areas: Record<string, Mean> = {};
  const summaries = criteria.map((criterion) => {
    const points = experts.map((expert) => expert.points[criterion.code] ?? 0);
    const sum = points.reduce((total, value) => total + value, 0);
    const area = areas[criterion.area] ?? { sum: 0, count };
    areas[criterion.area] = { sum: area.sum + sum, count };
    return {
      code: criterion.code,
      area: criterion.area,
      maxPoints: criterion.maxPoints,
      points,
      mean: { sum, count },
      spread: spreadOf(points),
    };
  });
  const expertTotals = experts.map((expert) =>
    criteria.reduce((total, criterion) => total + (expert.points[criterion.code] ?? 0), 0),
  );
  const totalSum = expertTotals.reduce((total, value) => total + value, 0);
  return {
    experts: count,
    criteria: summaries,
    areas,
    total: { sum: totalSum, count },
    expertTotals,
    spread: spreadOf(expertTotals),
  };
}

/**
 * Two experts' stage-1 totals differ by more than the rules' share of the stage-1 maximum: one more
 * expert must score the application.
 */
export function isDivergent(expertTotals: readonly number[], stage1Maximum: number, share: number): boolean {
  if (expertTotals.length < 2) return false;
  return spreadOf([...expertTotals]) > share * stage1Maximum;
}

/**
 * Whether stage 1 sends the application to the panel: the stage-1 threshold on the mean total, and
 * the minimum of every area whose criteria are all scored in stage 1 (an area with panel criteria
 * can only be judged on the final total).
 */
export function stage1Outcome(rules: CompetitionRules, result: Stage1Result): 'panel' | 'below_threshold' {
  if (!meanReaches(result.total, rules.thresholds.stage1)) return 'below_threshold';
  for (const area of rules.areas) {
    if (area.minPoints === null) continue;
    const criteria = rules.criteria.filter((criterion) => criterion.area === area.code);
    if (criteria.length === 0 || criteria.some((criterion) => criterion.stage !== 'stage1')) continue;
    if (!meanReaches(result.areas[area.code] ?? { sum: 0, count: result.experts }, area.minPoints)) {
      return 'below_threshold';
    }
  }
  return 'panel';
}

/** What the operator sees to spot disagreement: mean, spread and every expert's points. */
export interface DisagreementFlag {
  divergent: boolean;
  mean: number;
  spread: number;
  expertTotals: number[];
  criteria: { code: string; mean: number; spread: number; points: number[] }[];
}

export function disagreementOf(rules: CompetitionRules, result: Stage1Result): DisagreementFlag {
  const maximum = maximumOf(stage1Criteria(rules));
  return {
    divergent: isDivergent(result.expertTotals, maximum, rules.divergenceShare),
    mean: roundPoints(meanValue(result.total)),
    spread: result.spread,
    expertTotals: result.expertTotals,
    criteria: result.criteria.map((criterion) => ({
      code: criterion.code,
      mean: roundPoints(meanValue(criterion.mean)),
      spread: criterion.spread,
      points: criterion.points,
    })),
  };
}

/** Points as shown and exported: two decimals at most. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}
