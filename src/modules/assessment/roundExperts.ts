import { type ExpertBlock, excludedExperts, expertBlocks } from './queries.ts';
import { type Db, OPEN_TASK_STATES } from './support.ts';
import type { TaskState } from './tables.ts';

export interface RoundExpert {
  expertId: number;
  name: string;
  email: string;
  canAct: boolean;
  blockedBy: ExpertBlock[];
  /** Unfinished tasks in every round: what the automatic assignment balances. */
  openTasks: number;
  /** This round's stage-1 and panel tasks by state. */
  roundTasks: Record<TaskState, number>;
  panelMember: boolean;
  /** Applications of the round the expert may not score: a declared conflict, an interest, or the team. */
  conflicts: { applicationId: number; clusterName: string; reason: 'declared_conflict' | 'linked' }[];
}

/**
 * Everyone holding the expert role, as a round's operator weighs them: whether they can act now (the
 * role works only with two-step verification on), their load, their tasks in the round, and the
 * round's applications they are kept from. A few queries for the whole round.
 */
export async function roundExperts(db: Db, roundId: number): Promise<RoundExpert[]> {
  const experts = await db
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.totpEnabledAt',
      'users.emailVerifiedAt',
      'users.deletionRequestedAt',
    ])
    .where('userRoles.role', '=', 'expert')
    .execute();
  const openTasks = await db
    .selectFrom('assessmentTasks')
    .select(['expertId', (eb) => eb.fn.countAll<number>().as('count')])
    .where('state', 'in', OPEN_TASK_STATES)
    .groupBy('expertId')
    .execute();
  const applications = await db
    .selectFrom('applications')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .select(['applications.id', 'applications.clusterId', 'clusters.name as clusterName'])
    .where('applications.roundId', '=', roundId)
    .where('applications.state', 'not in', ['draft', 'withdrawn'])
    .orderBy('applications.id')
    .execute();
  const tasks = await db
    .selectFrom('assessmentTasks')
    .innerJoin('applications', 'applications.id', 'assessmentTasks.applicationId')
    .select(['assessmentTasks.expertId', 'assessmentTasks.applicationId', 'assessmentTasks.state'])
    .where('applications.roundId', '=', roundId)
    .execute();
  const panel = await db
    .selectFrom('panelMembers')
    .select('expertId')
    .where('roundId', '=', roundId)
    .execute();
  const excluded = await excludedExperts(db, applications);

  const loadOf = new Map(openTasks.map((row) => [row.expertId, Number(row.count)]));
  const panelIds = new Set(panel.map((row) => row.expertId));
  const collator = new Intl.Collator('pl');
  return experts
    .map((expert): RoundExpert => {
      const own = tasks.filter((task) => task.expertId === expert.id);
      const roundTasks: Record<TaskState, number> = {
        assigned: 0,
        declared: 0,
        submitted: 0,
        conflict: 0,
        replaced: 0,
      };
      for (const task of own) roundTasks[task.state]++;
      const conflicts = applications.flatMap((application): RoundExpert['conflicts'] => {
        const onIt = own.filter((task) => task.applicationId === application.id);
        const conflict = (reason: 'declared_conflict' | 'linked') => [
          { applicationId: application.id, clusterName: application.clusterName, reason },
        ];
        if (onIt.some((task) => task.state === 'conflict')) return conflict('declared_conflict');
        // Excluded without holding a task on it: linked by a declared interest or the cluster's team.
        if (onIt.length === 0 && excluded.get(application.id)?.has(expert.id)) return conflict('linked');
        return [];
      });
      const blockedBy = expertBlocks(expert);
      return {
        expertId: expert.id,
        name: expert.name,
        email: expert.email,
        canAct: blockedBy.length === 0,
        blockedBy,
        openTasks: loadOf.get(expert.id) ?? 0,
        roundTasks,
        panelMember: panelIds.has(expert.id),
        conflicts,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || a.expertId - b.expertId);
}
