import type { Locale } from '../../platform/time.ts';
import type { TaskAccess } from '../../policies/assessment.ts';
import type { CompetitionRules } from '../competition/rules.ts';
import { aggregateStage1, disagreementOf, stage1Criteria } from './aggregation.ts';
import type { RankingRow } from './rankingLoader.ts';
import type { ApplicationResults } from './resultsLoader.ts';
import type { ScoreEntry } from './scoreValidation.ts';

export function taskAccess(task: { expertId: number; state: string }, actorId: number): TaskAccess {
  return {
    own: task.expertId === actorId,
    declared: task.state === 'declared' || task.state === 'submitted' || task.state === 'replaced',
    submitted: task.state === 'submitted' || task.state === 'replaced',
  };
}

export function presentTask(
  task: {
    id: number;
    applicationId: number;
    stage: 'stage1' | 'panel';
    state: 'assigned' | 'declared' | 'submitted' | 'conflict' | 'replaced';
    clusterName: string;
    receiptNumber: string | null;
    roundNamePl: string;
    roundNameEn: string;
    assignedAt: string;
    dueAt: string | null;
    submittedAt: string | null;
  },
  locale: Locale,
) {
  return {
    id: task.id,
    application_id: task.applicationId,
    stage: task.stage,
    state: task.state,
    cluster_name: task.clusterName,
    receipt_number: task.receiptNumber,
    round_name: locale === 'en' ? task.roundNameEn : task.roundNamePl,
    assigned_at: task.assignedAt,
    due_at: task.dueAt,
    submitted_at: task.submittedAt,
  };
}

export function entriesFromApi(
  lines: readonly { criterion: string; points: number | null; justification: string }[],
): Record<string, ScoreEntry> {
  return Object.fromEntries(
    lines.map((line) => [line.criterion, { points: line.points, justification: line.justification }]),
  );
}

/**
 * A score sheet's refused field under the request's JSON path: `points-E1` → `scores[3].points` when
 * E1 is the fourth line sent, `scores[criterion=E1].points` when no line for E1 was sent.
 */
export function scoreFieldPath(lines: readonly { criterion: string }[]) {
  return (name: string): string => {
    const match = /^(points|justification)-(.+)$/.exec(name);
    if (!match) return name;
    const [, property, code] = match;
    const index = lines.findIndex((line) => line.criterion === code);
    return index >= 0 ? `scores[${index}].${property}` : `scores[criterion=${code}].${property}`;
  };
}

/** Submitted scores of an application; experts named only for operators. */
export function presentApplicationScores(
  applicationId: number,
  rules: CompetitionRules,
  experts: readonly {
    taskId: number;
    expertId: number;
    points: Record<string, number>;
    justifications: Record<string, string>;
  }[],
  showNames: boolean,
) {
  const criteria = stage1Criteria(rules);
  const result = aggregateStage1(criteria, experts);
  const flag = disagreementOf(rules, result);
  return {
    application_id: applicationId,
    experts: experts.map((expert, index) => ({
      label: `Expert ${index + 1}`,
      expert_id: showNames ? expert.expertId : null,
      total: result.expertTotals[index] ?? 0,
      scores: criteria.map((c) => ({
        criterion: c.code,
        points: expert.points[c.code] ?? 0,
        justification: expert.justifications[c.code] ?? '',
      })),
    })),
    mean: flag.mean,
    spread: flag.spread,
    divergent: flag.divergent,
  };
}

export function presentRankingRow(row: RankingRow) {
  return {
    position: row.position,
    application_id: row.applicationId,
    cluster_name: row.clusterName,
    receipt_number: row.receiptNumber,
    state: row.state,
    experts: row.experts,
    stage1: row.stage1,
    panel: row.panel,
    total: row.total,
    areas: row.areas,
    meets_final_threshold: row.meetsFinalThreshold,
    meets_area_minima: row.meetsAreaMinima,
    ranked: row.ranked,
    recommended: row.recommended,
  };
}

export function presentResults(results: ApplicationResults) {
  return {
    application_id: results.applicationId,
    cluster_name: results.clusterName,
    state: results.state,
    criteria: results.criteria.map((c) => ({
      code: c.code,
      stage: c.stage,
      max_points: c.maxPoints,
      mean: c.mean,
      consensus: c.consensus,
    })),
    experts: results.experts.map((expert) => ({
      label: `Expert ${expert.number}`,
      total: expert.total,
      scores: expert.scores.map((s) => ({
        criterion: s.code,
        points: s.points,
        justification: s.justification,
      })),
    })),
    stage1_mean: results.stage1Mean,
    panel: results.panel,
    total: results.total,
    decision: results.decision && {
      outcome: results.decision.outcome,
      document_number: results.decision.documentNumber,
      document_date: results.decision.documentDate,
      valid_until: results.decision.validUntil,
    },
    appeal_until: results.appealUntil,
    appeal: results.appeal && {
      id: results.appeal.id,
      state: results.appeal.state,
      resolution: results.appeal.resolution,
    },
    appeals: results.appeals.map((appeal) => ({
      id: appeal.id,
      state: appeal.state,
      reasons: appeal.reasons,
      filed_at: appeal.filedAt,
      resolution: appeal.resolution,
      resolved_at: appeal.resolvedAt,
      decision: {
        outcome: appeal.decision.outcome,
        document_number: appeal.decision.documentNumber,
        superseded: appeal.decision.superseded,
      },
    })),
    final: results.final,
  };
}
