import type { CompetitionRules } from '../competition/rules.ts';
import { type Mean, meanValue, roundPoints } from './aggregation.ts';

/** What the ranking needs of one application, already summed by the database. */
export interface RankingInput {
  applicationId: number;
  submittedAt: string;
  /** Number of experts whose stage-1 scores count. */
  experts: number;
  /** Sum over those experts of the points per stage-1 criterion code. */
  stage1Sums: Readonly<Record<string, number>>;
  /** The panel's consensus points per panel criterion code; null while there is no consensus report. */
  consensus: Readonly<Record<string, number>> | null;
}

export interface RankedApplication {
  applicationId: number;
  position: number;
  submittedAt: string;
  stage1: number;
  panel: number | null;
  total: number;
  areas: Record<string, number>;
  meetsFinalThreshold: boolean;
  meetsAreaMinima: boolean;
  /** Went to the panel and has its consensus: it takes part in the ranking proper. */
  ranked: boolean;
  recommended: boolean;
}

interface Scored {
  input: RankingInput;
  submittedMs: number;
  /** Totals as sum/count over the experts, so comparisons are exact. */
  total: Mean;
  stage1: Mean;
  areas: Record<string, Mean>;
}

function scored(rules: CompetitionRules, input: RankingInput): Scored {
  const count = Math.max(input.experts, 1);
  const areas: Record<string, Mean> = {};
  for (const area of rules.areas) areas[area.code] = { sum: 0, count };
  let sum = 0;
  let stage1 = 0;
  for (const criterion of rules.criteria) {
    // A panel criterion counts once (the consensus), stage-1 sums count over the experts: scale by count.
    const points =
      criterion.stage === 'stage1'
        ? (input.stage1Sums[criterion.code] ?? 0)
        : (input.consensus?.[criterion.code] ?? 0) * count;
    sum += points;
    if (criterion.stage === 'stage1') stage1 += points;
    const area = areas[criterion.area] ?? { sum: 0, count };
    areas[criterion.area] = { sum: area.sum + points, count };
  }
  return {
    input,
    submittedMs: Date.parse(input.submittedAt),
    total: { sum, count },
    stage1: { sum: stage1, count },
    areas,
  };
}

/** Negative when a is higher: cross-multiplied, so equal means compare equal. */
const higherFirst = (a: Mean, b: Mean) => b.sum * a.count - a.sum * b.count;

function comparator(tieBreak: readonly string[]) {
  return (a: Scored, b: Scored): number => {
    const ranked = Number(b.input.consensus !== null) - Number(a.input.consensus !== null);
    if (ranked !== 0) return ranked;
    const byTotal = higherFirst(a.total, b.total);
    if (byTotal !== 0) return byTotal;
    for (const area of tieBreak) {
      const byArea = higherFirst(
        a.areas[area] ?? { sum: 0, count: 1 },
        b.areas[area] ?? { sum: 0, count: 1 },
      );
      if (byArea !== 0) return byArea;
    }
    const bySubmission = a.submittedMs - b.submittedMs;
    return bySubmission !== 0 ? bySubmission : a.input.applicationId - b.input.applicationId;
  };
}

/**
 * The ranking: applications with a panel consensus first, by total (stage-1 mean + consensus), ties
 * broken by the rules' areas in order and then by the earlier submission; each is recommended when
 * it reaches the final threshold and every area's minimum. The rest follow by their stage-1 mean.
 */
export function rankApplications(
  rules: CompetitionRules,
  inputs: readonly RankingInput[],
): RankedApplication[] {
  const sorted = inputs.map((input) => scored(rules, input)).sort(comparator(rules.tieBreak));
  return sorted.map((entry, index) => {
    const ranked = entry.input.consensus !== null;
    const meetsFinalThreshold = entry.total.sum >= rules.thresholds.final * entry.total.count;
    const meetsAreaMinima = rules.areas.every(
      (area) =>
        area.minPoints === null ||
        (entry.areas[area.code]?.sum ?? 0) >= area.minPoints * (entry.areas[area.code]?.count ?? 1),
    );
    const panel = ranked
      ? Object.values(entry.input.consensus ?? {}).reduce((sum, points) => sum + points, 0)
      : null;
    const total = roundPoints(meanValue(entry.total));
    return {
      applicationId: entry.input.applicationId,
      position: index + 1,
      submittedAt: entry.input.submittedAt,
      stage1: roundPoints(meanValue(entry.stage1)),
      panel,
      total,
      areas: Object.fromEntries(
        Object.entries(entry.areas).map(([code, mean]) => [code, roundPoints(meanValue(mean))]),
      ),
      meetsFinalThreshold,
      meetsAreaMinima,
      ranked,
      recommended: ranked && meetsFinalThreshold && meetsAreaMinima,
    };
  });
}
