import { LRUCache } from 'lru-cache';
import type { Round } from '../competition/queries.ts';
import { type RankingRow, roundRanking } from './rankingLoader.ts';
import type { Db } from './support.ts';

const rankings = new LRUCache<number, { stamp: number; rows: RankingRow[] }>({ max: 20 });

/**
 * The round's ranking, computed again only when something changed. Every change that can move a
 * ranking (a score, a consensus, a state, the rules) writes an audit event in its own transaction, so
 * the audit log's last id is a version stamp every app instance reads from the database: a ranking
 * kept for an older stamp is never served.
 */
export async function currentRanking(db: Db, round: Round): Promise<RankingRow[]> {
  const head = await db
    .selectFrom('auditEvents')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const stamp = head?.id ?? 0;
  const kept = rankings.get(round.id);
  if (kept && kept.stamp === stamp) return kept.rows;
  const rows = await roundRanking(db, round);
  rankings.set(round.id, { stamp, rows });
  return rows;
}
