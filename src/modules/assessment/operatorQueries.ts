import type { Db } from './support.ts';

/** Everyone who holds the expert role, by name. */
export async function allExperts(db: Db) {
  const rows = await db
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select(['users.id', 'users.name', 'users.email'])
    .where('userRoles.role', '=', 'expert')
    .execute();
  const collator = new Intl.Collator('pl');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

export async function panelMembersOf(db: Db, roundId: number) {
  return db
    .selectFrom('panelMembers')
    .innerJoin('users', 'users.id', 'panelMembers.expertId')
    .select(['users.id', 'users.name'])
    .where('panelMembers.roundId', '=', roundId)
    .orderBy('users.name')
    .execute();
}

/** A round's applications at the panel, with their presentation and whether a consensus is written. */
export async function panelApplications(db: Db, roundId: number) {
  return db
    .selectFrom('applications')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .leftJoin('panelPresentations', 'panelPresentations.applicationId', 'applications.id')
    .leftJoin('panelReports', 'panelReports.applicationId', 'applications.id')
    .select([
      'applications.id',
      'applications.state',
      'clusters.name as clusterName',
      'panelPresentations.startsAt',
      'panelPresentations.place',
      'panelPresentations.onlineUrl',
      'panelReports.writtenAt as consensusAt',
    ])
    .where('applications.roundId', '=', roundId)
    .where('applications.state', 'in', ['panel', 'recommended', 'not_recommended'])
    .orderBy('applications.id')
    .execute();
}

/** Appeals of a round still waiting for the operator. */
export async function openAppeals(db: Db, roundId: number) {
  return db
    .selectFrom('appeals')
    .innerJoin('applications', 'applications.id', 'appeals.applicationId')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .select([
      'appeals.id',
      'appeals.applicationId',
      'appeals.reasons',
      'appeals.filedAt',
      'clusters.name as clusterName',
    ])
    .where('applications.roundId', '=', roundId)
    .where('appeals.state', '=', 'filed')
    .orderBy('appeals.id')
    .execute();
}

/** Applications of a round experts may still be assigned to. */
export async function assignableApplications(db: Db, roundId: number) {
  return db
    .selectFrom('applications')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .select(['applications.id', 'clusters.name as clusterName', 'applications.receiptNumber'])
    .where('applications.roundId', '=', roundId)
    .where('applications.state', 'in', ['formally_accepted', 'in_assessment'])
    .orderBy('applications.id')
    .execute();
}

/** Applications awaiting the minister's decision, and those decided, with their current decision. */
export async function decisionCandidates(db: Db, roundId: number) {
  return db
    .selectFrom('applications')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .leftJoin('assessmentDecisions', (join) =>
      join
        .onRef('assessmentDecisions.applicationId', '=', 'applications.id')
        .on('assessmentDecisions.supersededAt', 'is', null),
    )
    .select([
      'applications.id',
      'applications.state',
      'applications.receiptNumber',
      'clusters.name as clusterName',
      'assessmentDecisions.outcome',
      'assessmentDecisions.documentNumber',
      'assessmentDecisions.documentDate',
      'assessmentDecisions.validUntil',
    ])
    .where('applications.roundId', '=', roundId)
    .where('applications.state', 'in', [
      'below_threshold',
      'recommended',
      'not_recommended',
      'granted',
      'refused',
    ])
    .orderBy('applications.id')
    .execute();
}
