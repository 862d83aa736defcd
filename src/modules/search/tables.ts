/** One searchable document of some module in one language; the module keeps it current. */
export interface SearchDocumentsTable {
  /** What the document is (e.g. 'cluster'), named by the module that hands it over. */
  kind: string;
  /** The record's id within its kind, as text. */
  documentId: string;
  locale: string;
  title: string;
  url: string;
  /** Who may find it: 'public', 'signedIn', or an ability's name the searcher must have. */
  visibility: string;
  /** searchableText(title, text): folded the way a query is. */
  folded: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    searchDocuments: SearchDocumentsTable;
  }
}
