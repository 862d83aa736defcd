import type { Round } from '../competition/queries.ts';
import { aggregateStage1, type DisagreementFlag, disagreementOf, stage1Criteria } from './aggregation.ts';
import type { Db } from './support.ts';

export interface ExpertProgress {
  expertId: number;
  name: string;
  assigned: number;
  declared: number;
  submitted: number;
  conflicts: number;
  nextDueAt: string | null;
}

export interface ApplicationProgress {
  applicationId: number;
  clusterName: string;
  state: string;
  experts: number;
  submitted: number;
  flag: DisagreementFlag | null;
  tasks: { id: number; expertId: number; expertName: string; state: string; reason: string; stage: string }[];
}

/**
 * The operator's view of a round's assessment: every expert's tasks by state with the nearest due
 * date, and per application who holds its slots and how far the submitted experts disagree. Two
 * queries for the whole round.
 */
export async function roundProgress(
  db: Db,
  round: Round,
): Promise<{ experts: ExpertProgress[]; applications: ApplicationProgress[] }> {
  const tasks = await db
    .selectFrom('assessmentTasks')
    .innerJoin('applications', 'applications.id', 'assessmentTasks.applicationId')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .innerJoin('users', 'users.id', 'assessmentTasks.expertId')
    .select([
      'assessmentTasks.id',
      'assessmentTasks.applicationId',
      'assessmentTasks.expertId',
      'assessmentTasks.stage',
      'assessmentTasks.state',
      'assessmentTasks.reason',
      'assessmentTasks.dueAt',
      'users.name as expertName',
      'applications.state as applicationState',
      'clusters.name as clusterName',
    ])
    .where('applications.roundId', '=', round.id)
    .orderBy('assessmentTasks.id')
    .execute();
  const scores = await db
    .selectFrom('assessmentScores')
    .innerJoin('assessmentTasks', 'assessmentTasks.id', 'assessmentScores.taskId')
    .innerJoin('applications', 'applications.id', 'assessmentTasks.applicationId')
    .select(['assessmentScores.taskId', 'assessmentScores.criterionCode', 'assessmentScores.points'])
    .where('applications.roundId', '=', round.id)
    .where('assessmentTasks.stage', '=', 'stage1')
    .where('assessmentTasks.state', '=', 'submitted')
    .execute();
  const pointsByTask = new Map<number, Record<string, number>>();
  for (const row of scores) {
    const points = pointsByTask.get(row.taskId) ?? {};
    points[row.criterionCode] = row.points ?? 0;
    pointsByTask.set(row.taskId, points);
  }

  const experts = new Map<number, ExpertProgress>();
  const applications = new Map<number, ApplicationProgress>();
  for (const task of tasks) {
    const expert = experts.get(task.expertId) ?? {
      expertId: task.expertId,
      name: task.expertName,
      assigned: 0,
      declared: 0,
      submitted: 0,
      conflicts: 0,
      nextDueAt: null,
    };
    if (task.state === 'conflict') expert.conflicts++;
    // A sheet an appeal replaced was still the expert's finished work.
    else if (task.state === 'replaced') expert.submitted++;
    else expert[task.state]++;
    if (
      task.dueAt &&
      task.state !== 'submitted' &&
      task.state !== 'replaced' &&
      task.state !== 'conflict' &&
      (!expert.nextDueAt || task.dueAt < expert.nextDueAt)
    ) {
      expert.nextDueAt = task.dueAt;
    }
    experts.set(task.expertId, expert);
    if (task.stage !== 'stage1') continue;
    const application = applications.get(task.applicationId) ?? {
      applicationId: task.applicationId,
      clusterName: task.clusterName,
      state: task.applicationState,
      experts: 0,
      submitted: 0,
      flag: null,
      tasks: [],
    };
    if (task.state !== 'conflict' && task.state !== 'replaced') application.experts++;
    if (task.state === 'submitted') application.submitted++;
    application.tasks.push({
      id: task.id,
      expertId: task.expertId,
      expertName: task.expertName,
      state: task.state,
      reason: task.reason,
      stage: task.stage,
    });
    applications.set(task.applicationId, application);
  }
  const criteria = stage1Criteria(round.rules);
  for (const application of applications.values()) {
    const submitted = application.tasks
      .filter((task) => task.state === 'submitted')
      .map((task) => ({ taskId: task.id, points: pointsByTask.get(task.id) ?? {} }));
    if (submitted.length > 0)
      application.flag = disagreementOf(round.rules, aggregateStage1(criteria, submitted));
  }
  const collator = new Intl.Collator('pl');
  return {
    experts: [...experts.values()].sort((a, b) => collator.compare(a.name, b.name)),
    applications: [...applications.values()].sort((a, b) => a.applicationId - b.applicationId),
  };
}
