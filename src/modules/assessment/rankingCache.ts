import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import { reusableQuery } from '../../db/reusableQuery.ts';
import type { Database } from '../../db/schema.ts';
import { type Round, roundById } from '../competition/queries.ts';
import { type RankingRow, roundRanking } from './rankingLoader.ts';
import type { Db } from './support.ts';

const rankings = new LRUCache<number, { stamp: number; rows: RankingRow[] }>({ max: 20 });

/** A ranking page as the API sends it: the JSON as UTF-8 bytes and its (weak) ETag. */
export interface RenderedPage {
  body: Buffer;
  etag: string;
}

// Keyed by round, stamp and page: a page of an older stamp is never asked for again and ages out.
const pages = new LRUCache<string, RenderedPage>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (page) => page.body.length + 200,
});

/**
 * The audit log's last id, a version stamp every app instance reads from the database. Every change
 * that can move a ranking (a score, a consensus, a state, the rules) writes an audit event in its
 * own transaction, so a ranking kept for an older stamp is never served.
 */
async function auditHead(db: Db): Promise<number> {
  const head = await db
    .selectFrom('auditEvents')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return head?.id ?? 0;
}

/** The stamp (see auditHead) in the same query that tells whether the round exists. */
const roundStampQuery = reusableQuery((db: Kysely<Database>, roundId: number) =>
  db
    .selectFrom('rounds')
    .select((eb) => eb.selectFrom('auditEvents').select('id').orderBy('id', 'desc').limit(1).as('stamp'))
    .where('id', '=', roundId),
);

async function roundStamp(db: Db, roundId: number): Promise<number | undefined> {
  const [row] = await roundStampQuery(db, roundId);
  return row && (row.stamp ?? 0);
}

async function rankingAt(db: Db, round: Round, stamp: number): Promise<RankingRow[]> {
  const kept = rankings.get(round.id);
  if (kept && kept.stamp === stamp) return kept.rows;
  const rows = await roundRanking(db, round);
  rankings.set(round.id, { stamp, rows });
  return rows;
}

/** The round's ranking, computed again only when something changed (see auditHead). */
export async function currentRanking(db: Db, round: Round): Promise<RankingRow[]> {
  return rankingAt(db, round, await auditHead(db));
}

/**
 * A page of the round's ranking rendered by `render` (serialised), rendered again only when something
 * changed (see auditHead), so a repeated request costs two small queries; undefined when there is
 * no such round. `pageKey` names the page (number and size) among the round's.
 */
export async function renderedRankingPage(
  db: Db,
  roundId: number,
  pageKey: string,
  render: (round: Round, rows: RankingRow[]) => string,
): Promise<RenderedPage | undefined> {
  const stamp = await roundStamp(db, roundId);
  if (stamp === undefined) return undefined;
  const key = `${roundId}|${stamp}|${pageKey}`;
  const kept = pages.get(key);
  if (kept) return kept;
  const round = await roundById(db, roundId);
  if (!round) return undefined;
  // Bytes, so a repeated request neither measures nor encodes the text again.
  const body = Buffer.from(render(round, await rankingAt(db, round, stamp)));
  // The weak ETag @fastify/etag would compute; with it set, the plugin does not hash the page again.
  const page = { body, etag: `W/"${createHash('sha1').update(body).digest('base64')}"` };
  pages.set(key, page);
  return page;
}
