import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RoundDashboardSection } from '../competition/dashboardSections.ts';

/**
 * Whether an expert may read an application's attachments: assigned to it (stage 1 or the panel) and
 * past the declaration of no conflict of interest — never before it, never after declaring a conflict.
 */
export async function expertMaySeeApplication(
  db: Kysely<Database>,
  userId: number,
  applicationId: number,
): Promise<boolean> {
  const task = await db
    .selectFrom('assessmentTasks')
    .select('id')
    .where('applicationId', '=', applicationId)
    .where('expertId', '=', userId)
    .where('state', 'in', ['declared', 'submitted'])
    .executeTakeFirst();
  return task !== undefined;
}

/** The assessment's part of the round dashboard: experts' progress in one line and the links. */
export const roundDashboardSection: RoundDashboardSection = {
  id: 'assessment',
  load: async (db, roundId, t) => {
    const rows = await db
      .selectFrom('assessmentTasks')
      .innerJoin('applications', 'applications.id', 'assessmentTasks.applicationId')
      .select(['assessmentTasks.state', (eb) => eb.fn.countAll<number>().as('count')])
      .where('applications.roundId', '=', roundId)
      .where('assessmentTasks.stage', '=', 'stage1')
      .groupBy('assessmentTasks.state')
      .execute();
    const count = (state: string) => Number(rows.find((row) => row.state === state)?.count ?? 0);
    return {
      heading: t('assessment.dashboard.heading'),
      lines: [
        t('assessment.dashboard.tasks', {
          assigned: count('assigned'),
          declared: count('declared'),
          submitted: count('submitted'),
          conflicts: count('conflict'),
        }),
      ],
      links: [
        { href: `/panel/konkurs/${roundId}/ocena`, label: t('assessment.operator.title') },
        { href: `/panel/konkurs/${roundId}/ranking`, label: t('assessment.ranking.title') },
        { href: `/panel/konkurs/${roundId}/decyzje`, label: t('assessment.decisions.title') },
      ],
    };
  },
};
