import { DateTime } from 'luxon';
import { PORTAL_ZONE } from '../../platform/time.ts';
import { applicationById, roundById } from '../competition/queries.ts';
import { appealRules, type Criterion } from '../competition/rules.ts';
import { aggregateStage1, meanValue, panelCriteria, roundPoints, stage1Criteria } from './aggregation.ts';
import { currentDecision, submittedScores } from './queries.ts';
import type { Db } from './support.ts';

export interface ApplicationResults {
  applicationId: number;
  roundId: number;
  clusterId: number;
  clusterName: string;
  state: string;
  criteria: (Pick<Criterion, 'code' | 'area' | 'namePl' | 'nameEn' | 'maxPoints' | 'stage'> & {
    mean: number | null;
    consensus: number | null;
  })[];
  /** Experts by number only ("Expert 1"): the applicant never learns who scored. */
  experts: {
    number: number;
    scores: { code: string; points: number; justification: string }[];
    total: number;
  }[];
  stage1Mean: number;
  panel: { comment: string; total: number } | null;
  total: number;
  decision: {
    id: number;
    outcome: 'granted' | 'refused';
    documentNumber: string;
    documentDate: string;
    validUntil: string | null;
    notifiedAt: string | null;
  } | null;
  /** Until when an appeal may be filed (an instant), when the decision allows one. */
  appealUntil: string | null;
  appeal: { id: number; state: string; reasons: string; filedAt: string; resolution: string | null } | null;
  /** Every appeal of the application, oldest first, with the decision it was against. */
  appeals: AppealHistoryEntry[];
  /** No (further) appeal is possible: the rules' number of appeals is used up. */
  final: boolean;
}

export interface AppealHistoryEntry {
  id: number;
  state: string;
  reasons: string;
  filedAt: string;
  resolution: string | null;
  resolvedAt: string | null;
  decision: { outcome: string; documentNumber: string; superseded: boolean };
}

/** Every appeal of an application and its outcome, oldest first (kept after a new decision). */
export async function appealHistory(db: Db, applicationId: number): Promise<AppealHistoryEntry[]> {
  const rows = await db
    .selectFrom('appeals')
    .innerJoin('assessmentDecisions', 'assessmentDecisions.id', 'appeals.decisionId')
    .select([
      'appeals.id',
      'appeals.state',
      'appeals.reasons',
      'appeals.filedAt',
      'appeals.resolution',
      'appeals.resolvedAt',
      'assessmentDecisions.outcome',
      'assessmentDecisions.documentNumber',
      'assessmentDecisions.supersededAt',
    ])
    .where('appeals.applicationId', '=', applicationId)
    .orderBy('appeals.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    state: row.state,
    reasons: row.reasons,
    filedAt: row.filedAt,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
    decision: {
      outcome: row.outcome,
      documentNumber: row.documentNumber,
      superseded: row.supersededAt !== null,
    },
  }));
}

/** The last instant of an appeal window: the end of the Warsaw day N days after the notification. */
export function appealDeadline(notifiedAt: string, days: number): string {
  return (
    DateTime.fromISO(notifiedAt, { zone: PORTAL_ZONE }).plus({ days }).endOf('day').toUTC().toISO() ??
    notifiedAt
  );
}

/** What an applicant is told: the scores and justifications without the experts' names. */
export async function applicationResults(
  db: Db,
  applicationId: number,
): Promise<ApplicationResults | undefined> {
  const application = await applicationById(db, applicationId);
  const round = application && (await roundById(db, application.roundId));
  if (!application || !round) return undefined;
  const cluster = await db
    .selectFrom('clusters')
    .select('name')
    .where('id', '=', application.clusterId)
    .executeTakeFirstOrThrow();
  const rules = round.rules;
  const experts = await submittedScores(db, application.id);
  const stage1 = aggregateStage1(stage1Criteria(rules), experts);
  const consensusRows = await db
    .selectFrom('panelConsensusScores')
    .select(['criterionCode', 'points'])
    .where('applicationId', '=', application.id)
    .execute();
  const consensus = new Map(consensusRows.map((row) => [row.criterionCode, row.points]));
  const report = await db
    .selectFrom('panelReports')
    .select('comment')
    .where('applicationId', '=', application.id)
    .executeTakeFirst();
  const panelTotal = panelCriteria(rules).reduce((sum, c) => sum + (consensus.get(c.code) ?? 0), 0);
  const decision = await currentDecision(db, application.id);
  const appeals = await appealHistory(db, application.id);
  const appeal = appeals.at(-1);
  const final = appeals.length >= appealRules(rules).maxPerApplication;
  const stage1Mean = roundPoints(meanValue(stage1.total));
  return {
    applicationId: application.id,
    roundId: round.id,
    clusterId: application.clusterId,
    clusterName: cluster.name,
    state: application.state,
    criteria: rules.criteria.map((criterion) => {
      const summary = stage1.criteria.find((c) => c.code === criterion.code);
      return {
        code: criterion.code,
        area: criterion.area,
        namePl: criterion.namePl,
        nameEn: criterion.nameEn,
        maxPoints: criterion.maxPoints,
        stage: criterion.stage,
        mean: summary && stage1.experts > 0 ? roundPoints(meanValue(summary.mean)) : null,
        consensus: criterion.stage === 'panel' ? (consensus.get(criterion.code) ?? null) : null,
      };
    }),
    experts: experts.map((expert, index) => ({
      number: index + 1,
      scores: stage1Criteria(rules).map((c) => ({
        code: c.code,
        points: expert.points[c.code] ?? 0,
        justification: expert.justifications[c.code] ?? '',
      })),
      total: stage1.expertTotals[index] ?? 0,
    })),
    stage1Mean,
    panel: report ? { comment: report.comment, total: panelTotal } : null,
    total: roundPoints(stage1Mean + (report ? panelTotal : 0)),
    decision: decision
      ? {
          id: decision.id,
          outcome: decision.outcome,
          documentNumber: decision.documentNumber,
          documentDate: decision.documentDate,
          validUntil: decision.validUntil,
          notifiedAt: decision.notifiedAt,
        }
      : null,
    appealUntil:
      decision?.outcome === 'refused' && decision.notifiedAt && !final
        ? appealDeadline(decision.notifiedAt, rules.appealWindowDays)
        : null,
    appeal: appeal
      ? {
          id: appeal.id,
          state: appeal.state,
          reasons: appeal.reasons,
          filedAt: appeal.filedAt,
          resolution: appeal.resolution,
        }
      : null,
    appeals,
    final: decision !== undefined && (final || decision.outcome === 'granted'),
  };
}
