import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import type { ApplicationState } from '../competition/applicationStates.ts';
import { roundById } from '../competition/queries.ts';
import { roundPhase } from '../competition/roundRecorder.ts';
import { roundRanking } from './rankingLoader.ts';
import { applicationMover, notFoundHere, refused } from './support.ts';

/** States of an application admitted by the formal check and not yet through stage 1. */
const NOT_ASSESSED: ApplicationState[] = ['formally_accepted', 'in_assessment'];

/**
 * The admitted applications the ranking still waits for: not through stage 1, or at the panel without
 * a consensus report — unless the operator excluded them from the ranking with a reason.
 */
export async function unassessedApplications(trx: Transaction<Database>, roundId: number): Promise<number[]> {
  const round = await roundById(trx, roundId);
  if (!round) return [];
  const excluded = new Set(
    (
      await trx
        .selectFrom('rankingExclusions')
        .innerJoin('applications', 'applications.id', 'rankingExclusions.applicationId')
        .select('rankingExclusions.applicationId')
        .where('applications.roundId', '=', roundId)
        .execute()
    ).map((row) => row.applicationId),
  );
  const waiting = await trx
    .selectFrom('applications')
    .select('id')
    .where('roundId', '=', roundId)
    .where('state', 'in', NOT_ASSESSED)
    .execute();
  const ranking = await roundRanking(trx, round);
  const atPanel = ranking
    .filter((row) => row.state === 'panel' && !row.ranked)
    .map((row) => row.applicationId);
  return [...waiting.map((row) => row.id), ...atPanel]
    .filter((id) => !excluded.has(id))
    .sort((a, b) => a - b);
}

/**
 * Closes the panel stage: once the call has closed and every admitted application is assessed (or
 * excluded with a reason), each application at the panel becomes 'recommended' or 'not_recommended'
 * as the ranking says, and the round's ranking is confirmed — decisions may follow.
 */
export async function rankingConfirmer(
  context: CommandContext,
  props: { roundId: number },
): Promise<{ recommended: number[]; notRecommended: number[] }> {
  const { trx, now } = context;
  const round = await roundById(trx, props.roundId);
  if (!round) throw notFoundHere();
  if (roundPhase(round, now) !== 'closed')
    throw refused('conflict', 'round_not_closed', 'assessment.error.rankingRoundOpen');
  const waiting = await unassessedApplications(trx, round.id);
  if (waiting.length > 0)
    throw refused('conflict', 'ranking_incomplete', 'assessment.error.rankingIncomplete', {
      ...Object.fromEntries(
        waiting.map((id) => [`applications.${id}`, 'assessment.error.notAssessed' as const]),
      ),
    });
  const ranking = await roundRanking(trx, round);
  const recommended: number[] = [];
  const notRecommended: number[] = [];
  for (const row of ranking) {
    if (row.state !== 'panel' || !row.ranked) continue;
    const to = row.recommended ? 'recommended' : 'not_recommended';
    if (!(await applicationMover(trx, row.applicationId, to, now))) continue;
    (row.recommended ? recommended : notRecommended).push(row.applicationId);
    await context.services.audit({
      action: 'assessment.ranking.confirmed',
      entityType: 'application',
      entityId: row.applicationId,
      summary: { after: { state: to, position: row.position, total: row.total } },
    });
  }
  await trx
    .updateTable('rounds')
    .set({ rankingConfirmedAt: now.toISOString() })
    .where('id', '=', round.id)
    .execute();
  await context.services.audit({
    action: 'assessment.ranking.round_confirmed',
    entityType: 'round',
    entityId: round.id,
    summary: { after: { recommended: recommended.length, notRecommended: notRecommended.length } },
  });
  return { recommended, notRecommended };
}

/** The operator leaves an admitted application out of the ranking, with a reason (audited). */
export async function rankingExcluder(
  context: CommandContext,
  props: { applicationId: number; reason: string },
): Promise<void> {
  const { trx, now } = context;
  const reason = props.reason.trim();
  if (reason.length === 0 || reason.length > 2000)
    throw refused('invalid', 'validation_failed', 'api.validation', {
      reason: 'assessment.error.reasonRequired',
    });
  const application = await trx
    .selectFrom('applications')
    .select(['id', 'state'])
    .where('id', '=', props.applicationId)
    .executeTakeFirst();
  if (!application) throw notFoundHere();
  if (![...NOT_ASSESSED, 'panel'].includes(application.state))
    throw refused('conflict', 'not_excludable', 'assessment.error.notExcludable');
  const row = await trx
    .insertInto('rankingExclusions')
    .values({
      applicationId: application.id,
      reason,
      excludedBy: context.actorId,
      excludedAt: now.toISOString(),
    })
    .onConflict((conflict) => conflict.column('applicationId').doNothing())
    .returning('applicationId')
    .executeTakeFirst();
  if (!row) throw refused('conflict', 'already_excluded', 'assessment.error.alreadyExcluded');
  await context.services.audit({
    action: 'assessment.ranking.excluded',
    entityType: 'application',
    entityId: application.id,
    summary: { before: { state: application.state }, after: { reason } },
  });
}
