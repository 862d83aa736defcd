import type { Generated } from 'kysely';

/** One searchable document of some module in one language; the module keeps it current. */
export interface SearchDocumentsTable {
  id: Generated<number>;
  /** What the document is (e.g. 'cluster'), named by the module that hands it over. */
  kind: string;
  /** The record's id within its kind, as text. */
  documentId: string;
  locale: string;
  title: string;
  url: string;
  /** Who may find it: 'public', 'signedIn', or an ability's name the searcher must have. */
  visibility: string;
  /** The start of the document's plain text, for snippets. */
  body: string;
  /** documentTerms(title) and documentTerms(text): what both engines index. */
  titleTerms: string;
  bodyTerms: string;
}

/** A folded word seen in some document, with how it was written: what "did you mean" proposes. */
export interface SearchWordsTable {
  id: Generated<number>;
  word: string;
  display: string;
}

/** SQLite only: the FTS5 tables over the two above (fullText.ts alone names them). */
export interface SearchIndexTable {
  rowid: number;
}

declare module '../../db/schema.ts' {
  interface Database {
    searchDocuments: SearchDocumentsTable;
    searchWords: SearchWordsTable;
    searchIndex: SearchIndexTable;
    searchWordTrigrams: SearchIndexTable;
  }
}
