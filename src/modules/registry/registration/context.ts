import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Locale } from '../../../platform/time.ts';

/** What every registration use case gets: its transaction and the facts of the request behind it. */
export interface UseCaseContext {
  trx: Transaction<Database>;
  actorId: number;
  now: Date;
  locale: Locale;
  baseUrl: string;
  requestId: string | null;
  ip: string | null;
}

/** The audit fields that come from the request. */
export function auditOrigin(context: UseCaseContext) {
  return { actorId: context.actorId, requestId: context.requestId, ip: context.ip };
}
