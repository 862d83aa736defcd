import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../../platform/time.ts';

/** What every account use case needs to know about the request that runs it. */
export interface RequestContext {
  db: Kysely<Database>;
  now: Date;
  locale: Locale;
  baseUrl: string;
  requestId: string;
  ip: string;
}
