import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../../platform/time.ts';
import { fullTextMatch } from './fullText.ts';
import { RANKED_WINDOW, relevance } from './ranking.ts';
import { highlightTitle, snippet } from './snippets.ts';
import { type QueryWord, queryWords } from './terms.ts';
import { correctedQuery } from './typos.ts';
import './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface SearchQuery {
  q: string;
  locale: Locale;
  /** The visibilities the searcher may see, e.g. ['public'] for a visitor. */
  visibilities: readonly string[];
  /** Only these kinds of document (the facets still count every kind). */
  kinds?: readonly string[];
  page?: number;
  perPage?: number;
}

export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  url: string;
  /** The title, escaped, the matched words in <mark>. */
  titleHtml: string;
  /** About thirty words of the text around the first match, escaped, the matched words in <mark>. */
  snippetHtml: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matching documents of the chosen kinds. */
  total: number;
  page: number;
  perPage: number;
  /** Matching documents per kind, whatever kinds were chosen, most first. */
  facets: { kind: string; count: number }[];
  /** The corrected query whose results these are, when the query as typed found nothing. */
  didYouMean: string | null;
}

const PER_PAGE = 10;

/**
 * Documents in the searcher's language that they may see and that contain every word of the query
 * (inflected forms too, the last word also as a prefix), best first, with type counts; when nothing
 * matches, the results of the closest query made of known words ("did you mean").
 */
export async function searchDocuments(db: Db, query: SearchQuery): Promise<SearchResult> {
  const page = query.page ?? 1;
  const perPage = query.perPage ?? PER_PAGE;
  const empty: SearchResult = { hits: [], total: 0, page, perPage, facets: [], didYouMean: null };
  const words = queryWords(query.q);
  if (words.length === 0 || query.visibilities.length === 0) return empty;
  const found = await searchWords(db, words, query, page, perPage);
  if (found.facets.length > 0) return found;
  const corrected = await correctedQuery(db, words);
  if (!corrected) return empty;
  const second = await searchWords(db, queryWords(corrected), query, page, perPage);
  return second.facets.length > 0 ? { ...second, didYouMean: corrected } : empty;
}

async function searchWords(
  db: Db,
  words: QueryWord[],
  query: SearchQuery,
  page: number,
  perPage: number,
): Promise<SearchResult> {
  const visible = () => {
    const match = fullTextMatch(db, words);
    return {
      score: match.score,
      documents: match.documents
        .where('d.locale', '=', query.locale)
        .where('d.visibility', 'in', query.visibilities),
    };
  };
  const facetRows = await visible()
    .documents.select(['d.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('d.kind')
    .execute();
  const facets = facetRows
    .map((row) => ({ kind: row.kind, count: Number(row.n) }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  const kinds = query.kinds?.length ? query.kinds : null;
  const total = facets
    .filter((facet) => !kinds || kinds.includes(facet.kind))
    .reduce((sum, facet) => sum + facet.count, 0);
  if (total === 0 || (page - 1) * perPage >= total)
    return { hits: [], total, page, perPage, facets, didYouMean: null };
  const { documents, score } = visible();
  const chosen = kinds ? documents.where('d.kind', 'in', kinds) : documents;
  const columns = [
    'd.kind',
    'd.documentId',
    'd.title',
    'd.url',
    'd.body',
    'd.titleTerms',
    'd.bodyTerms',
  ] as const;
  const bestFirst = () =>
    chosen
      .select(columns)
      .select(score.as('score'))
      .orderBy(sql`score`, 'desc')
      .orderBy('d.kind')
      .orderBy('d.documentId');
  const offset = (page - 1) * perPage;
  // The first pages are ordered here from the stored terms (the same on both engines); the engine's
  // rank only picks the candidates when there are more than the window, and orders deeper pages.
  const rows =
    offset + perPage <= RANKED_WINDOW
      ? (total <= RANKED_WINDOW
          ? await chosen.select(columns).execute()
          : await bestFirst().limit(RANKED_WINDOW).execute()
        )
          .map((row) => ({ row, relevance: relevance(row.titleTerms, row.bodyTerms, words) }))
          .sort(
            (a, b) =>
              b.relevance - a.relevance ||
              a.row.kind.localeCompare(b.row.kind) ||
              a.row.documentId.localeCompare(b.row.documentId),
          )
          .slice(offset, offset + perPage)
          .map(({ row }) => row)
      : await bestFirst().limit(perPage).offset(offset).execute();
  const hits = rows.map((row) => ({
    kind: row.kind,
    id: row.documentId,
    title: row.title,
    url: row.url,
    titleHtml: highlightTitle(row.title, words),
    snippetHtml: snippet(row.body, words),
  }));
  return { hits, total, page, perPage, facets, didYouMean: null };
}

/**
 * The (integer) ids of the documents of one kind, in any language, containing every word of a query:
 * what a module filters its own list by (the registry's `q`), through the same terms and index. Null
 * when the query has no words (nothing to filter by).
 */
export function documentIdsMatching(db: Db, kind: string, q: string) {
  const words = queryWords(q);
  if (words.length === 0) return null;
  return fullTextMatch(db, words)
    .documents.where('d.kind', '=', kind)
    .select(sql<number>`cast(d.document_id as integer)`.as('id'));
}
