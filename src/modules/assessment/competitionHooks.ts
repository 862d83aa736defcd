import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { formatCalendarDate, formatDateTime } from '../../platform/time.ts';
import type { RoundDashboardSection } from '../competition/dashboardSections.ts';
import type { ApplicationDecisionSection } from '../competition/decisionSections.ts';
import { applicationResults } from './resultsLoader.ts';

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

/**
 * The decision on an application, on its page for the team: the outcome, the results page, the
 * certificate of a granted status and, while an appeal may be filed, the appeal form and its deadline.
 */
export const applicationDecisionSection: ApplicationDecisionSection = {
  id: 'assessment-decision',
  load: async (db, applicationId, { t, locale, now }) => {
    const results = await applicationResults(db, applicationId);
    const decision = results?.decision;
    if (!results || !decision) return null;
    const base = `/konkurs/wnioski/${applicationId}`;
    const lines = [
      t('assessment.applicationDecision.outcome', {
        outcome: t(`assessment.decision.${decision.outcome}`),
        number: decision.documentNumber,
        date: formatCalendarDate(decision.documentDate, locale),
      }),
    ];
    const links = [{ href: `${base}/wyniki`, label: t('assessment.applicationDecision.results') }];
    if (decision.outcome === 'granted') {
      const row = await db
        .selectFrom('assessmentDecisions')
        .select('statusId')
        .where('id', '=', decision.id)
        .executeTakeFirst();
      if (row?.statusId)
        links.push({
          href: `/certyfikaty/kkk/${row.statusId}.pdf`,
          label: t('assessment.applicationDecision.certificate'),
        });
    }
    const appealOpen =
      results.appealUntil !== null &&
      !results.appeals.some((appeal) => !appeal.decision.superseded) &&
      now.toISOString() <= results.appealUntil;
    if (appealOpen && results.appealUntil) {
      lines.push(
        t('assessment.applicationDecision.appealUntil', {
          until: formatDateTime(results.appealUntil, locale),
        }),
      );
      links.push({ href: `${base}/wyniki#appeal`, label: t('assessment.applicationDecision.appeal') });
    }
    return { heading: t('assessment.applicationDecision.heading'), lines, links };
  },
};
