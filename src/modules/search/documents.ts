import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { searchableText } from '../../platform/text.ts';
import type { Locale } from '../../platform/time.ts';
import './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface SearchDocument {
  kind: string;
  id: string | number;
  title: string;
  /** The document's text (plain); stored folded only. */
  text: string;
  url: string;
  locale: Locale;
  visibility: string;
}

/**
 * Adds or replaces one document (its kind, id and language). Call it in the transaction of the change
 * that alters what the document says, so search never tells of a change that was rolled back.
 */
export async function indexDocument(db: Db, document: SearchDocument): Promise<void> {
  const row = {
    kind: document.kind,
    documentId: String(document.id),
    locale: document.locale,
    title: document.title,
    url: document.url,
    visibility: document.visibility,
    folded: searchableText(document.title, document.text),
  };
  await db
    .insertInto('searchDocuments')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['kind', 'documentId', 'locale']).doUpdateSet({
        title: row.title,
        url: row.url,
        visibility: row.visibility,
        folded: row.folded,
      }),
    )
    .execute();
}

/** Removes a record's documents in every language (when it is deleted or no longer public). */
export async function removeDocument(db: Db, kind: string, id: string | number): Promise<void> {
  await db
    .deleteFrom('searchDocuments')
    .where('kind', '=', kind)
    .where('documentId', '=', String(id))
    .execute();
}

export interface SearchQuery {
  q: string;
  locale: Locale;
  /** The visibilities the searcher may see, e.g. ['public'] for a visitor. */
  visibilities: readonly string[];
  kinds?: readonly string[];
  limit?: number;
}

export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  url: string;
}

/** At most this many words of a query are searched for. */
const MAX_WORDS = 8;

/**
 * Documents in the searcher's language containing every word of the query, ignoring case and Polish
 * letters ("lodz" finds "Łódź"), by title; an empty query finds nothing.
 */
export async function searchDocuments(db: Db, query: SearchQuery): Promise<SearchHit[]> {
  const words = [...new Set(searchableText(query.q).split(' ').filter(Boolean))].slice(0, MAX_WORDS);
  if (words.length === 0 || query.visibilities.length === 0) return [];
  let select = db
    .selectFrom('searchDocuments')
    .select(['kind', 'documentId as id', 'title', 'url'])
    .where('locale', '=', query.locale)
    .where('visibility', 'in', query.visibilities);
  if (query.kinds) select = select.where('kind', 'in', query.kinds.length > 0 ? query.kinds : ['']);
  for (const word of words) select = select.where('folded', 'like', `%${word}%`);
  return select
    .orderBy('title')
    .orderBy('kind')
    .orderBy('documentId')
    .limit(query.limit ?? 20)
    .execute();
}
