import type { ExpertLoad } from './assignmentPlanner.ts';
import { type Db, OPEN_TASK_STATES } from './support.ts';
import type { TaskStage } from './tables.ts';

/** Why an expert cannot take a task now; an empty list means they can. */
export type ExpertBlock = 'two_factor_off' | 'email_unverified' | 'deletion_requested';

/**
 * The one rule of who can take a task now: the expert role is effective only with two-step
 * verification on (`accounts`), and an account whose e-mail is not verified or whose deletion was
 * asked for takes no new work. Automatic assignment, assignment by hand and a round's experts list
 * all decide by it.
 */
export function expertBlocks(account: {
  totpEnabledAt: string | null;
  emailVerifiedAt: string | null;
  deletionRequestedAt: string | null;
}): ExpertBlock[] {
  const blocks: ExpertBlock[] = [];
  if (account.totpEnabledAt === null) blocks.push('two_factor_off');
  if (account.emailVerifiedAt === null) blocks.push('email_unverified');
  if (account.deletionRequestedAt !== null) blocks.push('deletion_requested');
  return blocks;
}

/** What keeps a person from taking a task now (`expertBlocks`), or null when they are not an expert. */
export async function expertStanding(db: Db, userId: number): Promise<ExpertBlock[] | null> {
  const account = await db
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select(['users.totpEnabledAt', 'users.emailVerifiedAt', 'users.deletionRequestedAt'])
    .where('users.id', '=', userId)
    .where('userRoles.role', '=', 'expert')
    .executeTakeFirst();
  return account ? expertBlocks(account) : null;
}

/**
 * Every expert who can act now (`expertBlocks`), with the number of tasks they have not finished
 * yet. Only these are assigned automatically.
 */
export async function expertLoads(db: Db): Promise<ExpertLoad[]> {
  const rows = await db
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .leftJoin('assessmentTasks', (join) =>
      join
        .onRef('assessmentTasks.expertId', '=', 'userRoles.userId')
        .on('assessmentTasks.state', 'in', OPEN_TASK_STATES),
    )
    .select([
      'userRoles.userId as expertId',
      'users.totpEnabledAt',
      'users.emailVerifiedAt',
      'users.deletionRequestedAt',
      (eb) => eb.fn.count<number>('assessmentTasks.id').as('load'),
    ])
    .where('userRoles.role', '=', 'expert')
    .groupBy([
      'userRoles.userId',
      'users.totpEnabledAt',
      'users.emailVerifiedAt',
      'users.deletionRequestedAt',
    ])
    .execute();
  return rows
    .filter((row) => expertBlocks(row).length === 0)
    .map((row) => ({ expertId: row.expertId, load: Number(row.load) }));
}

export async function isExpert(db: Db, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('userRoles')
    .select('userId')
    .where('userId', '=', userId)
    .where('role', '=', 'expert')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Per application, the experts who may never score it: those already on it at this stage (in any
 * state, a declared conflict included), those who declared an interest in its cluster, its
 * coordinator or one of its current members (by NIP), and the cluster's own team.
 */
export async function excludedExperts(
  db: Db,
  applications: readonly { id: number; clusterId: number }[],
  stage: TaskStage = 'stage1',
): Promise<Map<number, Set<number>>> {
  const excluded = new Map<number, Set<number>>(applications.map((a) => [a.id, new Set<number>()]));
  if (applications.length === 0) return excluded;
  const byCluster = new Map<number, number[]>();
  for (const application of applications) {
    byCluster.set(application.clusterId, [...(byCluster.get(application.clusterId) ?? []), application.id]);
  }
  const clusterIds = [...byCluster.keys()];
  const add = (clusterId: number, expertId: number) => {
    for (const applicationId of byCluster.get(clusterId) ?? []) excluded.get(applicationId)?.add(expertId);
  };

  const tasks = await db
    .selectFrom('assessmentTasks')
    .select(['applicationId', 'expertId'])
    .where(
      'applicationId',
      'in',
      applications.map((a) => a.id),
    )
    .where('stage', '=', stage)
    .execute();
  for (const task of tasks) excluded.get(task.applicationId)?.add(task.expertId);

  const linked = await db
    .selectFrom('expertInterests')
    .select(['expertInterests.expertId', 'expertInterests.clusterId'])
    .where('expertInterests.clusterId', 'in', clusterIds)
    .unionAll(
      db
        .selectFrom('expertInterests')
        .innerJoin('organisations', 'organisations.nip', 'expertInterests.nip')
        .innerJoin('clusters', 'clusters.coordinatorId', 'organisations.id')
        .select(['expertInterests.expertId', 'clusters.id as clusterId'])
        .where('clusters.id', 'in', clusterIds),
    )
    .unionAll(
      db
        .selectFrom('expertInterests')
        .innerJoin('organisations', 'organisations.nip', 'expertInterests.nip')
        .innerJoin('memberships', 'memberships.organisationId', 'organisations.id')
        .select(['expertInterests.expertId', 'memberships.clusterId'])
        .where('memberships.clusterId', 'in', clusterIds)
        .where('memberships.leftOn', 'is', null),
    )
    .unionAll(
      db
        .selectFrom('clusterEditors')
        .select(['clusterEditors.userId as expertId', 'clusterEditors.clusterId'])
        .where('clusterEditors.clusterId', 'in', clusterIds),
    )
    .execute();
  for (const row of linked) if (row.clusterId !== null) add(row.clusterId, row.expertId);
  return excluded;
}

/** A task with what every screen of it needs: its application, cluster and round. */
export async function taskInContext(db: Db, taskId: number) {
  return db
    .selectFrom('assessmentTasks')
    .innerJoin('applications', 'applications.id', 'assessmentTasks.applicationId')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .innerJoin('rounds', 'rounds.id', 'applications.roundId')
    .selectAll('assessmentTasks')
    .select([
      'applications.roundId',
      'applications.clusterId',
      'applications.state as applicationState',
      'applications.receiptNumber',
      'applications.snapshot',
      'clusters.name as clusterName',
      'rounds.namePl as roundNamePl',
      'rounds.nameEn as roundNameEn',
      'rounds.rules',
    ])
    .where('assessmentTasks.id', '=', taskId)
    .executeTakeFirst();
}
export type TaskInContext = NonNullable<Awaited<ReturnType<typeof taskInContext>>>;

/** An expert's tasks, newest first. */
export async function tasksOfExpert(db: Db, expertId: number) {
  return db
    .selectFrom('assessmentTasks')
    .innerJoin('applications', 'applications.id', 'assessmentTasks.applicationId')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .innerJoin('rounds', 'rounds.id', 'applications.roundId')
    .select([
      'assessmentTasks.id',
      'assessmentTasks.applicationId',
      'assessmentTasks.stage',
      'assessmentTasks.state',
      'assessmentTasks.dueAt',
      'assessmentTasks.assignedAt',
      'assessmentTasks.submittedAt',
      'applications.receiptNumber',
      'clusters.name as clusterName',
      'rounds.namePl as roundNamePl',
      'rounds.nameEn as roundNameEn',
    ])
    .where('assessmentTasks.expertId', '=', expertId)
    .orderBy('assessmentTasks.id', 'desc')
    .execute();
}

/** Points and justifications a task holds (a draft or submitted). */
export async function scoresOfTask(db: Db, taskId: number) {
  return db
    .selectFrom('assessmentScores')
    .select(['criterionCode', 'points', 'justification'])
    .where('taskId', '=', taskId)
    .execute();
}

/** Submitted tasks of an application at a stage, oldest first, with their scores. */
export async function submittedScores(db: Db, applicationId: number, stage: TaskStage = 'stage1') {
  const rows = await db
    .selectFrom('assessmentTasks')
    .innerJoin('assessmentScores', 'assessmentScores.taskId', 'assessmentTasks.id')
    .select([
      'assessmentTasks.id as taskId',
      'assessmentTasks.expertId',
      'assessmentTasks.submittedAt',
      'assessmentScores.criterionCode',
      'assessmentScores.points',
      'assessmentScores.justification',
    ])
    .where('assessmentTasks.applicationId', '=', applicationId)
    .where('assessmentTasks.stage', '=', stage)
    .where('assessmentTasks.state', '=', 'submitted')
    .orderBy('assessmentTasks.id')
    .execute();
  const byTask = new Map<
    number,
    {
      taskId: number;
      expertId: number;
      points: Record<string, number>;
      justifications: Record<string, string>;
    }
  >();
  for (const row of rows) {
    const task = byTask.get(row.taskId) ?? {
      taskId: row.taskId,
      expertId: row.expertId,
      points: {},
      justifications: {},
    };
    task.points[row.criterionCode] = row.points ?? 0;
    task.justifications[row.criterionCode] = row.justification;
    byTask.set(row.taskId, task);
  }
  return [...byTask.values()];
}

/** Stage-1 tasks of an application, every state. */
export async function stage1Tasks(db: Db, applicationId: number) {
  return db
    .selectFrom('assessmentTasks')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .where('stage', '=', 'stage1')
    .orderBy('id')
    .execute();
}

/** The current (not superseded) decision of an application. */
export async function currentDecision(db: Db, applicationId: number) {
  return db
    .selectFrom('assessmentDecisions')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .where('supersededAt', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
