import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { foldText } from '../../platform/text.ts';
import type { Locale } from '../../platform/time.ts';
import { documentTerms } from './terms.ts';
import './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface SearchDocument {
  kind: string;
  id: string | number;
  title: string;
  /** The document's text (plain): indexed whole, its start kept for snippets. */
  text: string;
  url: string;
  locale: Locale;
  /** Who may find it: 'public', 'signedIn' or an ability's name; drafts are never handed over. */
  visibility: string;
}

/** The part of a document's text kept for snippets. */
const MAX_BODY = 10_000;
/** Words kept for "did you mean": long enough to be mistyped, short enough to be words. */
const SUGGESTIBLE = /^[a-z]{3,30}$/;
const WORDS_PER_INSERT = 400;

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
    body: document.text.slice(0, MAX_BODY),
    titleTerms: documentTerms(document.title),
    bodyTerms: documentTerms(document.text),
  };
  await db
    .insertInto('searchDocuments')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['kind', 'documentId', 'locale']).doUpdateSet({
        title: row.title,
        url: row.url,
        visibility: row.visibility,
        body: row.body,
        titleTerms: row.titleTerms,
        bodyTerms: row.bodyTerms,
      }),
    )
    .execute();
  await rememberWords(db, `${document.title} ${document.text}`);
}

/** Keeps the words of a text, as written, for "did you mean" (a word once seen stays known). */
async function rememberWords(db: Db, text: string): Promise<void> {
  const words = new Map<string, string>();
  for (const written of text.toLocaleLowerCase('pl').match(/[\p{L}\p{N}]+/gu) ?? []) {
    const word = foldText(written);
    if (SUGGESTIBLE.test(word) && !words.has(word)) words.set(word, written);
  }
  const rows = [...words].map(([word, display]) => ({ word, display }));
  for (let start = 0; start < rows.length; start += WORDS_PER_INSERT) {
    await db
      .insertInto('searchWords')
      .values(rows.slice(start, start + WORDS_PER_INSERT))
      .onConflict((conflict) => conflict.column('word').doNothing())
      .execute();
  }
}

/** Removes a record's documents in every language (when it is deleted or no longer public). */
export async function removeDocument(db: Db, kind: string, id: string | number): Promise<void> {
  await db
    .deleteFrom('searchDocuments')
    .where('kind', '=', kind)
    .where('documentId', '=', String(id))
    .execute();
}

/** Removes every document of a kind (before its source rebuilds them). */
export async function removeDocumentsOfKind(db: Db, kind: string): Promise<void> {
  await db.deleteFrom('searchDocuments').where('kind', '=', kind).execute();
}

export { documentIdsMatching, type SearchHit, type SearchResult, searchDocuments } from './search.ts';
