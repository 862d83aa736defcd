import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DomainError } from '../../platform/domainError.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import type { ApplicationState } from '../competition/applicationStates.ts';
import { statesLeadingTo } from './applicationTransitions.ts';
import type { TaskState } from './tables.ts';

export type Db = Kysely<Database> | Transaction<Database>;

/** Tasks the expert still has to finish: their current load. */
export const OPEN_TASK_STATES: TaskState[] = ['assigned', 'declared'];

export function refused(
  kind: 'invalid' | 'forbidden' | 'not_found' | 'conflict',
  code: string,
  messageKey: MessageKey,
  fields: Record<string, MessageKey> = {},
): DomainError {
  return new DomainError(kind, code, messageKey, { fields });
}

export const notFoundHere = () => refused('not_found', 'not_found', 'api.notFound');

/**
 * Moves an application along the assessment's transitions, only from a state that leads to `to`;
 * false when it was not in such a state (someone else moved it first).
 */
export async function applicationMover(
  trx: Db,
  applicationId: number,
  to: ApplicationState,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('applications')
    .set({ state: to, updatedAt: now.toISOString() })
    .where('id', '=', applicationId)
    .where('state', 'in', statesLeadingTo(to))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
