import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ApplicationState } from './applicationStates.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface RoundApplicationsQuery {
  roundId: number;
  /** Only these states; every state when empty. */
  states: readonly ApplicationState[];
  page: number;
  perPage: number;
}

/**
 * One page of a round's applications (any cluster's), oldest first, with how many match in all and
 * how many the round holds in each state.
 */
export async function roundApplications(db: Db, query: RoundApplicationsQuery) {
  let matching = db.selectFrom('applications').where('applications.roundId', '=', query.roundId);
  if (query.states.length > 0) matching = matching.where('applications.state', 'in', query.states);
  const [items, total, counts] = await Promise.all([
    matching
      .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
      .select([
        'applications.id',
        'applications.clusterId',
        'applications.kind',
        'applications.state',
        'applications.receiptNumber',
        'applications.submittedAt',
        'applications.updatedAt',
        'clusters.name as clusterName',
        'clusters.slug as clusterSlug',
      ])
      .orderBy('applications.id')
      .limit(query.perPage)
      .offset((query.page - 1) * query.perPage)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    db
      .selectFrom('applications')
      .select(['state', (eb) => eb.fn.countAll<number>().as('count')])
      .where('roundId', '=', query.roundId)
      .groupBy('state')
      .execute(),
  ]);
  return {
    items,
    total: Number(total.count),
    byState: Object.fromEntries(counts.map((row) => [row.state, Number(row.count)])) as Partial<
      Record<ApplicationState, number>
    >,
  };
}
