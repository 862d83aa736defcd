import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import { engineOf } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { SearchDocumentsTable } from './tables.ts';
import { fts5Query, type QueryWord, tsQuery } from './terms.ts';

// The one file of the search module that asks which engine runs: the rest builds portable Kysely on
// the documents this returns. Both engines index the same processed terms (terms.ts), so both find
// the same documents; ranks differ in scale only (FTS5's bm25, PostgreSQL's ts_rank), a title match
// weighing more than a body match on both.

type Db = Kysely<Database> | Transaction<Database>;
export type Matched = SelectQueryBuilder<Database & { d: SearchDocumentsTable }, 'd', object>;

export interface FullTextMatch {
  /** The documents containing every query word (as `d`), not yet filtered by language or visibility. */
  documents: Matched;
  /** The relevance of `d`, higher first. */
  score: RawBuilder<number>;
}

export function fullTextMatch(db: Db, words: readonly QueryWord[]): FullTextMatch {
  if (engineOf(db) === 'postgres') {
    const query = sql`to_tsquery('simple', ${tsQuery(words)})`;
    return {
      documents: db
        .selectFrom('searchDocuments as d')
        .where(sql<boolean>`d.search_vector @@ ${query}`) as unknown as Matched,
      score: sql<number>`ts_rank(d.search_vector, ${query}, 0)`,
    };
  }
  return {
    documents: db
      .selectFrom('searchIndex')
      .innerJoin('searchDocuments as d', 'd.id', 'searchIndex.rowid')
      .where(sql<boolean>`search_index match ${fts5Query(words)}`) as unknown as Matched,
    // bm25 is lower for better matches; the title counts ten times the body.
    score: sql<number>`-bm25(search_index, 10.0, 1.0)`,
  };
}

/** At most this many known words are weighed as corrections of one typed word. */
const CANDIDATES = 200;

/**
 * Known words that share letter triples with a (mistyped) folded word and are about as long: the
 * candidates "did you mean" chooses from. FTS5's trigram tokenizer or PostgreSQL's pg_trgm.
 */
export async function similarWords(db: Db, word: string): Promise<{ word: string; display: string }[]> {
  const lengths = [word.length - 2, word.length + 2] as const;
  if (engineOf(db) === 'postgres') {
    return db
      .selectFrom('searchWords')
      .select(['word', 'display'])
      .where(sql<boolean>`word % ${word}`)
      .where(sql`length(word)`, '>=', lengths[0])
      .where(sql`length(word)`, '<=', lengths[1])
      .orderBy(sql`similarity(word, ${word})`, 'desc')
      .orderBy('word')
      .limit(CANDIDATES)
      .execute();
  }
  const triples = new Set<string>();
  for (let start = 0; start + 3 <= word.length; start++) triples.add(`"${word.slice(start, start + 3)}"`);
  if (triples.size === 0) return [];
  return db
    .selectFrom('searchWordTrigrams')
    .innerJoin('searchWords as w', 'w.id', 'searchWordTrigrams.rowid')
    .select(['w.word', 'w.display'])
    .where(sql<boolean>`search_word_trigrams match ${[...triples].join(' OR ')}`)
    .where(sql`length(w.word)`, '>=', lengths[0])
    .where(sql`length(w.word)`, '<=', lengths[1])
    .orderBy(sql`rank`)
    .orderBy('w.word')
    .limit(CANDIDATES)
    .execute();
}
