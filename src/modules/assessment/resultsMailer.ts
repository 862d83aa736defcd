import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';
import { formatCalendarDate, formatDateTime } from '../../platform/time.ts';
import { teamOf } from '../registry/team.ts';
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
  const lines = results.criteria
    .filter((criterion) => criterion.stage === 'stage1')
    .map((criterion) => ({
      criterion: `${criterion.code} ${criterion.namePl}`,
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
  for (const person of await teamOf(trx, results.clusterId)) {
    await mailEnqueuer(
      trx,
      {
        to: person.email,
        locale: 'pl',
        template: 'assessmentResults',
        params: {
          name: person.name,
          clusterName: results.clusterName,
          granted: decision.outcome === 'granted',
          documentNumber: decision.documentNumber,
          documentDate: formatCalendarDate(decision.documentDate, 'pl'),
          validUntil: decision.validUntil ? formatCalendarDate(decision.validUntil, 'pl') : null,
          total: results.total,
          panelComment: results.panel?.comment ?? null,
          criteria: lines,
          appealUntil: results.appealUntil ? formatDateTime(results.appealUntil, 'pl') : null,
          link: `${props.baseUrl}/konkurs/wnioski/${results.applicationId}/wyniki`,
        },
      },
      now,
    );
  }
}
