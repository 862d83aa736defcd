import { DateTime } from 'luxon';
import type { CommandContext } from '../../platform/commandContext.ts';
import { PORTAL_ZONE } from '../../platform/time.ts';
import { applicationById, roundById } from '../competition/queries.ts';
import { statusGranter } from '../statuses/statusGranter.ts';
import { statusValidUntil } from '../statuses/validity.ts';
import { resultsMailer } from './resultsMailer.ts';
import { applicationMover, notFoundHere, refused } from './support.ts';
import type { DecisionOutcome } from './tables.ts';

export interface DecisionInput {
  applicationId: number;
  outcome: DecisionOutcome;
  documentNumber: string;
  /** YYYY-MM-DD */
  documentDate: string;
}

const isCalendarDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;

/**
 * Records the minister's decision on one application. A grant (of a recommended application only)
 * writes the status through the status registry, valid as the round's rules say; then the cluster's
 * team is mailed its scores and justifications, and the appeal window starts.
 */
export async function decisionRecorder(
  context: CommandContext,
  props: DecisionInput & { baseUrl: string },
): Promise<{
  decisionId: number;
  statusId: number | null;
  verificationCode: string | null;
  validUntil: string | null;
}> {
  const { trx, now } = context;
  const documentNumber = props.documentNumber.trim();
  const fields: Record<string, 'assessment.error.documentNumber' | 'assessment.error.documentDate'> = {};
  if (documentNumber.length === 0 || documentNumber.length > 100)
    fields.documentNumber = 'assessment.error.documentNumber';
  if (!isCalendarDate(props.documentDate)) fields.documentDate = 'assessment.error.documentDate';
  if (Object.keys(fields).length > 0) throw refused('invalid', 'validation_failed', 'api.validation', fields);

  const application = await applicationById(trx, props.applicationId);
  const round = application && (await roundById(trx, application.roundId));
  if (!application || !round) throw notFoundHere();
  if (round.rankingConfirmedAt === null)
    throw refused('conflict', 'ranking_not_confirmed', 'assessment.error.rankingNotConfirmed');
  if (!(await applicationMover(trx, application.id, props.outcome, now))) {
    throw refused(
      'conflict',
      'not_decidable',
      props.outcome === 'granted' ? 'assessment.error.grantOnlyRecommended' : 'assessment.error.notDecidable',
    );
  }
  let granted: { statusId: number; verificationCode: string } | null = null;
  let validUntil: string | null = null;
  if (props.outcome === 'granted') {
    validUntil = statusValidUntil(round.rules.validity, props.documentDate);
    const cluster = await trx
      .selectFrom('clusters')
      .select('coordinatorId')
      .where('id', '=', application.clusterId)
      .executeTakeFirstOrThrow();
    const programme = await trx
      .selectFrom('programmes')
      .select('code')
      .where('id', '=', round.programmeId)
      .executeTakeFirstOrThrow();
    granted = await statusGranter(
      trx,
      {
        clusterId: application.clusterId,
        representedById: cluster.coordinatorId,
        roundId: round.id,
        roundNumber: round.number,
        roundYear: DateTime.fromISO(round.opensAt, { zone: PORTAL_ZONE }).year,
        programme: programme.code,
        documentNumber,
        documentDate: props.documentDate,
        validUntil,
        actorId: context.actorId,
      },
      now,
    );
  }
  const decision = await trx
    .insertInto('assessmentDecisions')
    .values({
      applicationId: application.id,
      outcome: props.outcome,
      documentNumber,
      documentDate: props.documentDate,
      validUntil,
      statusId: granted?.statusId ?? null,
      recordedBy: context.actorId,
      recordedAt: now.toISOString(),
      notifiedAt: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await context.services.audit({
    action: 'assessment.decision.recorded',
    entityType: 'application',
    entityId: application.id,
    summary: {
      before: { state: application.state },
      after: { outcome: props.outcome, documentNumber, documentDate: props.documentDate, validUntil },
    },
  });
  await resultsMailer(trx, { applicationId: application.id, baseUrl: props.baseUrl }, now);
  return {
    decisionId: decision.id,
    statusId: granted?.statusId ?? null,
    verificationCode: granted?.verificationCode ?? null,
    validUntil,
  };
}
