import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { clusterTeamMailer } from '../../platform/mail/clusterTeamMailer.ts';
import { formatCalendarDate, formatDateTime, type Locale } from '../../platform/time.ts';
import { applicationResults } from './resultsLoader.ts';

/**
 * Mails the cluster's team the decision with every score and justification, the experts named only
 * by number, and until when an appeal may be filed.
 */
export async function resultsMailer(
  trx: Transaction<Database>,
  props: { applicationId: number; baseUrl: string },
  now: Date,
): Promise<void> {
  const results = await applicationResults(trx, props.applicationId);
  if (!results?.decision) return;
  const { decision } = results;
  const linesIn = (locale: Locale) =>
    results.criteria
      .filter((criterion) => criterion.stage === 'stage1')
      .map((criterion) => ({
        criterion: `${criterion.code} ${locale === 'en' ? criterion.nameEn : criterion.namePl}`,
        maxPoints: criterion.maxPoints,
        mean: criterion.mean ?? 0,
        experts: results.experts.map((expert) => {
          const score = expert.scores.find((s) => s.code === criterion.code);
          return {
            number: expert.number,
            points: score?.points ?? 0,
            justification: score?.justification ?? '',
          };
        }),
      }));
  await clusterTeamMailer(
    trx,
    { clusterId: results.clusterId },
    'assessmentResults',
    (person) => ({
      name: person.name,
      clusterName: results.clusterName,
      granted: decision.outcome === 'granted',
      documentNumber: decision.documentNumber,
      documentDate: formatCalendarDate(decision.documentDate, person.locale),
      validUntil: decision.validUntil ? formatCalendarDate(decision.validUntil, person.locale) : null,
      total: results.total,
      panelComment: results.panel?.comment ?? null,
      criteria: linesIn(person.locale),
      appealUntil: results.appealUntil ? formatDateTime(results.appealUntil, person.locale) : null,
      link: `${props.baseUrl}/konkurs/wnioski/${results.applicationId}/wyniki`,
    }),
    now,
  );
}
