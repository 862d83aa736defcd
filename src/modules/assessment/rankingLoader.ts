import type { ApplicationState } from '../competition/applicationStates.ts';
import type { Round } from '../competition/queries.ts';
import { type RankedApplication, type RankingInput, rankApplications } from './ranking.ts';
import type { Db } from './support.ts';

/** States of applications that have a stage-1 result. */
export const ASSESSED_STATES: ApplicationState[] = [
  'below_threshold',
  'panel',
  'recommended',
  'not_recommended',
  'granted',
  'refused',
];

export interface RankingRow extends RankedApplication {
  clusterId: number;
  clusterName: string;
  receiptNumber: string | null;
  state: ApplicationState;
  experts: number;
}

/**
 * A round's ranking in three set-based queries — the assessed applications, their stage-1 sums per
 * criterion (kept by sumsRefresher), the panel's consensus points — and the pure ranking over them.
 */
export async function roundRanking(db: Db, round: Round): Promise<RankingRow[]> {
  const applications = await db
    .selectFrom('applications')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .select([
      'applications.id',
      'applications.clusterId',
      'applications.state',
      'applications.receiptNumber',
      'applications.submittedAt',
      'clusters.name as clusterName',
    ])
    .where('applications.roundId', '=', round.id)
    .where('applications.state', 'in', ASSESSED_STATES)
    .execute();
  const sums = await db
    .selectFrom('assessmentSums')
    .innerJoin('applications', 'applications.id', 'assessmentSums.applicationId')
    .select(['assessmentSums.applicationId', 'assessmentSums.experts', 'assessmentSums.sums'])
    .where('applications.roundId', '=', round.id)
    .where('applications.state', 'in', ASSESSED_STATES)
    .execute();
  const consensus = await db
    .selectFrom('panelConsensusScores')
    .innerJoin('applications', 'applications.id', 'panelConsensusScores.applicationId')
    .select([
      'panelConsensusScores.applicationId',
      'panelConsensusScores.criterionCode',
      'panelConsensusScores.points',
    ])
    .where('applications.roundId', '=', round.id)
    .where('applications.state', 'in', ASSESSED_STATES)
    .execute();

  const inputs = new Map<number, RankingInput>(
    applications.map((application) => [
      application.id,
      {
        applicationId: application.id,
        submittedAt: application.submittedAt ?? '',
        experts: 0,
        stage1Sums: {},
        consensus: null,
      },
    ]),
  );
  for (const row of sums) {
    const input = inputs.get(row.applicationId);
    if (!input) continue;
    input.stage1Sums = JSON.parse(row.sums) as Record<string, number>;
    input.experts = row.experts;
  }
  for (const row of consensus) {
    const input = inputs.get(row.applicationId);
    if (!input) continue;
    input.consensus = { ...(input.consensus ?? {}), [row.criterionCode]: row.points };
  }
  const byId = new Map(applications.map((application) => [application.id, application]));
  return rankApplications(round.rules, [...inputs.values()]).map((ranked) => {
    const application = byId.get(ranked.applicationId);
    return {
      ...ranked,
      clusterId: application?.clusterId ?? 0,
      clusterName: application?.clusterName ?? '',
      receiptNumber: application?.receiptNumber ?? null,
      state: application?.state ?? 'panel',
      experts: inputs.get(ranked.applicationId)?.experts ?? 0,
    };
  });
}
