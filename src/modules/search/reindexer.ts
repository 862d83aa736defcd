import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SearchSource } from '../../platform/module.ts';

/** The migration that replaced the documents table: after it, every document must be handed over again. */
export const FULL_TEXT_MIGRATION = '2026-12-06T0400-create-search-full-text';

/**
 * Rebuilds the whole index from the modules' search sources (each rebuilds its own kind, in its
 * own transaction), forgetting the known words first so "did you mean" proposes only current ones.
 */
export async function searchReindexer(
  db: Kysely<Database>,
  sources: readonly SearchSource[],
): Promise<{ kind: string; count: number }[]> {
  await db.deleteFrom('searchWords').execute();
  const counts: { kind: string; count: number }[] = [];
  for (const source of sources) counts.push({ kind: source.kind, count: await source.reindex(db) });
  return counts;
}
