import type { CommandContext } from '../../platform/commandContext.ts';
import { invalid } from '../../platform/domainError.ts';

/** The operator lets (or stops letting) a cluster's team publish its events without review. */
export async function trustGranter(
  context: CommandContext,
  command: { clusterId: number; trusted: boolean },
): Promise<void> {
  const { trx, now } = context;
  const cluster = await trx
    .selectFrom('clusters')
    .select('id')
    .where('id', '=', command.clusterId)
    .executeTakeFirst();
  if (!cluster) throw invalid({ cluster_id: 'calendar.error.unknownCluster' }, 'calendar.error.summary');
  await trx.deleteFrom('calendarTrustedClusters').where('clusterId', '=', command.clusterId).execute();
  if (command.trusted)
    await trx
      .insertInto('calendarTrustedClusters')
      .values({ clusterId: command.clusterId, grantedBy: context.actorId, grantedAt: now.toISOString() })
      .execute();
  await context.services.audit({
    action: 'calendar.trust.changed',
    entityType: 'cluster',
    entityId: command.clusterId,
    summary: { after: { trusted: command.trusted } },
  });
}
