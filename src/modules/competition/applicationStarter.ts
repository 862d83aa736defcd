import { auditRecorder } from '../../platform/audit/recorder.ts';
import { clusterFacts, heldKkkStatus } from './clusterFacts.ts';
import { refusal } from './errors.ts';
import { activeApplicationOf, roundById } from './queries.ts';
import { auditBase, type RoundCommand, roundPhase } from './roundRecorder.ts';

/**
 * A draft application of a published cluster in an open, published round (one per cluster and round),
 * with the cluster's contact details from the registry as the first answers. The caller has checked
 * that the person is on the cluster's team.
 */
export async function applicationStarter(
  command: RoundCommand,
  props: { roundId: number; clusterId: number },
): Promise<{ id: number }> {
  const { trx } = command;
  const round = await roundById(trx, props.roundId);
  if (!round || round.publishedAt === null) throw refusal('not_found');
  const phase = roundPhase(round, command.now);
  if (phase !== 'open') throw refusal(phase === 'closed' ? 'round_closed' : 'round_not_open');
  const facts = await clusterFacts(trx, props.clusterId);
  if (facts?.status !== 'published') throw refusal('cluster_not_published');
  const existing = await activeApplicationOf(trx, props.roundId, props.clusterId);
  if (existing) throw refusal('already_applied', {}, [{ code: 'existing', params: { id: existing.id } }]);
  const contact = await trx
    .selectFrom('clusters')
    .select(['contactPerson', 'email', 'phone', 'website'])
    .where('id', '=', props.clusterId)
    .executeTakeFirstOrThrow();
  const form = {
    contactPerson: contact.contactPerson ?? '',
    contactEmail: contact.email ?? '',
    contactPhone: contact.phone ?? '',
    website: contact.website ?? '',
  };
  const now = command.now.toISOString();
  const kind = (await heldKkkStatus(trx, props.clusterId)) ? 'renewal' : 'new';
  const { id } = await trx
    .insertInto('applications')
    .values({
      roundId: props.roundId,
      clusterId: props.clusterId,
      kind,
      state: 'draft',
      form: JSON.stringify(form),
      createdBy: command.actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: 'competition.application.start',
      entityType: 'application',
      entityId: id,
      summary: { after: { roundId: props.roundId, clusterId: props.clusterId, kind } },
    },
    command.now,
  );
  return { id };
}
