import { type Kysely, sql } from 'kysely';
import { binaryText, idColumn, isPostgres } from '../migrationSupport.ts';

// Portal-wide full-text search. The documents are derived data (each module hands its own over and
// can rebuild them), so the old table is replaced, not converted: `portal migrate` reindexes after
// this migration. The application stems and folds (src/modules/search/terms.ts) and stores the terms;
// each engine indexes those same terms: SQLite in an FTS5 table (unicode61, prefixes of 2 and 3
// letters), PostgreSQL in a generated tsvector of the `simple` configuration with a GIN index.
// Words seen in documents are kept for "did you mean": FTS5's trigram tokenizer or pg_trgm.

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_documents').execute();
  await db.schema
    .createTable('search_documents')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    // The plain text shown in snippets (the start of the document's text).
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('title_terms', binaryText(db), (c) => c.notNull())
    .addColumn('body_terms', binaryText(db), (c) => c.notNull())
    .addUniqueConstraint('search_documents_record', ['kind', 'document_id', 'locale'])
    .execute();
  await db.schema
    .createTable('search_words')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('word', binaryText(db), (c) => c.notNull().unique())
    .addColumn('display', 'text', (c) => c.notNull())
    .execute();
  if (isPostgres(db)) {
    await sql`alter table search_documents add column search_vector tsvector generated always as
      (setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'D')) stored`.execute(
      db,
    );
    await sql`create index search_documents_vector on search_documents using gin (search_vector)`.execute(db);
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index search_words_trigrams on search_words using gin (word gin_trgm_ops)`.execute(db);
    return;
  }
  await sql`create virtual table search_index using fts5(title_terms, body_terms, content='search_documents',
    content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3')`.execute(db);
  await sql`create trigger search_documents_inserted after insert on search_documents begin
    insert into search_index(rowid, title_terms, body_terms) values (new.id, new.title_terms, new.body_terms);
  end`.execute(db);
  await sql`create trigger search_documents_deleted after delete on search_documents begin
    insert into search_index(search_index, rowid, title_terms, body_terms)
      values ('delete', old.id, old.title_terms, old.body_terms);
  end`.execute(db);
  await sql`create trigger search_documents_updated after update on search_documents begin
    insert into search_index(search_index, rowid, title_terms, body_terms)
      values ('delete', old.id, old.title_terms, old.body_terms);
    insert into search_index(rowid, title_terms, body_terms) values (new.id, new.title_terms, new.body_terms);
  end`.execute(db);
  await sql`create virtual table search_word_trigrams using fts5(word, content='search_words',
    content_rowid='id', tokenize='trigram')`.execute(db);
  await sql`create trigger search_words_inserted after insert on search_words begin
    insert into search_word_trigrams(rowid, word) values (new.id, new.word);
  end`.execute(db);
  await sql`create trigger search_words_deleted after delete on search_words begin
    insert into search_word_trigrams(search_word_trigrams, rowid, word) values ('delete', old.id, old.word);
  end`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) {
    await sql`drop table search_word_trigrams`.execute(db);
    await sql`drop table search_index`.execute(db);
  }
  await db.schema.dropTable('search_words').execute();
  await db.schema.dropTable('search_documents').execute();
}
