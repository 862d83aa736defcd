import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AuditEventRow } from './tables.ts';

export interface AuditFilters {
  action?: string;
  entityType?: string;
  actorId?: number;
  /** Instants: from inclusive, until exclusive. */
  from?: Date;
  until?: Date;
}

export interface AuditEventPage {
  items: AuditEventRow[];
  total: number;
  page: number;
  perPage: number;
}

/** One page of events, newest first, narrowed by the filters given. */
export async function listAuditEvents(
  db: Kysely<Database>,
  filters: AuditFilters,
  { page, perPage }: { page: number; perPage: number },
): Promise<AuditEventPage> {
  let query = db.selectFrom('auditEvents');
  if (filters.action) query = query.where('action', '=', filters.action);
  if (filters.entityType) query = query.where('entityType', '=', filters.entityType);
  if (filters.actorId !== undefined) query = query.where('actorId', '=', filters.actorId);
  if (filters.from) query = query.where('occurredAt', '>=', filters.from.toISOString());
  if (filters.until) query = query.where('occurredAt', '<', filters.until.toISOString());
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total), page, perPage };
}

/** The actions and entity types that occur in the log, for the filter form's choices. */
export async function auditFacets(
  db: Kysely<Database>,
): Promise<{ actions: string[]; entityTypes: string[] }> {
  const [actions, entityTypes] = await Promise.all([
    db.selectFrom('auditEvents').select('action').distinct().orderBy('action').execute(),
    db.selectFrom('auditEvents').select('entityType').distinct().orderBy('entityType').execute(),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType) };
}
