import type { CommandContext } from '../../platform/commandContext.ts';
import { nipProblem, normaliseNip } from '../registry/validation/identifiers.ts';
import { type Db, notFoundHere, refused } from './support.ts';

export type InterestInput = { nip: string; note: string } | { clusterId: number; note: string };

/** An expert declares a link to an organisation (by NIP) or to a cluster of the registry. */
export async function interestDeclarer(
  context: CommandContext,
  props: { expertId: number; interest: InterestInput },
): Promise<{ id: number }> {
  const { trx, now } = context;
  const { interest } = props;
  let values: { nip: string | null; clusterId: number | null };
  if ('nip' in interest) {
    const problem = nipProblem(interest.nip);
    if (problem) throw refused('invalid', 'validation_failed', 'api.validation', { nip: problem });
    const nip = normaliseNip(interest.nip);
    values = { nip, clusterId: null };
  } else {
    const cluster = await trx
      .selectFrom('clusters')
      .select('id')
      .where('id', '=', interest.clusterId)
      .executeTakeFirst();
    if (!cluster)
      throw refused('invalid', 'validation_failed', 'api.validation', {
        clusterId: 'assessment.error.cluster',
      });
    values = { nip: null, clusterId: cluster.id };
  }
  const row = await trx
    .insertInto('expertInterests')
    .values({
      expertId: props.expertId,
      ...values,
      note: interest.note.trim() || null,
      createdAt: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await context.services.audit({
    action: 'assessment.interest.declared',
    entityType: 'expert_interest',
    entityId: row.id,
    summary: { after: values },
  });
  return row;
}

/** An expert withdraws one of their own declared interests. */
export async function interestRemover(
  context: CommandContext,
  props: { expertId: number; interestId: number },
): Promise<void> {
  const { trx } = context;
  const row = await trx
    .selectFrom('expertInterests')
    .select(['id', 'nip', 'clusterId'])
    .where('id', '=', props.interestId)
    .where('expertId', '=', props.expertId)
    .executeTakeFirst();
  if (!row) throw notFoundHere();
  await trx.deleteFrom('expertInterests').where('id', '=', row.id).execute();
  await context.services.audit({
    action: 'assessment.interest.removed',
    entityType: 'expert_interest',
    entityId: row.id,
    summary: { before: { nip: row.nip, clusterId: row.clusterId } },
  });
}

export async function interestsOf(db: Db, expertId: number) {
  return db
    .selectFrom('expertInterests')
    .leftJoin('clusters', 'clusters.id', 'expertInterests.clusterId')
    .select([
      'expertInterests.id',
      'expertInterests.nip',
      'expertInterests.clusterId',
      'expertInterests.note',
      'expertInterests.createdAt',
      'clusters.name as clusterName',
    ])
    .where('expertInterests.expertId', '=', expertId)
    .orderBy('expertInterests.id')
    .execute();
}
