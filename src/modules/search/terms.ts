import { foldText } from '../../platform/text.ts';
import { stemPolish } from './polishStemmer.ts';

// The one place where text becomes search terms, for documents and queries alike: folded (no case,
// no diacritics, ł → l), split into words of letters and digits, each word stemmed. Both engines
// index exactly these terms (FTS5 with unicode61, PostgreSQL's `simple` configuration), so both
// match the same documents.

/** At most this many words of a query are searched for. */
export const MAX_QUERY_WORDS = 8;
/** The last typed word is also matched as a prefix once it has this many letters. */
export const MIN_PREFIX = 2;

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A document's terms: each word's stem and, where it differs, the word itself (for prefixes). */
export function documentTerms(...parts: (string | null | undefined)[]): string {
  const terms: string[] = [];
  for (const word of foldedWords(parts.filter(Boolean).join(' '))) {
    const stem = stemPolish(word);
    terms.push(stem);
    if (stem !== word) terms.push(word);
  }
  return terms.join(' ');
}

export interface QueryWord {
  /** The word as typed, folded. */
  word: string;
  stem: string;
  /** Matched as a prefix as well (the last word, while it may still be being typed). */
  prefix: boolean;
}

/** What a query asks for: every word (its stem, or for the last word also anything it begins). */
export function queryWords(q: string): QueryWord[] {
  const words = [...new Set(foldedWords(q))].slice(0, MAX_QUERY_WORDS);
  return words.map((word, index) => ({
    word,
    stem: stemPolish(word),
    prefix: index === words.length - 1 && word.length >= MIN_PREFIX && !/^\d+$/.test(word),
  }));
}

/** Whether one folded word of a text is what a query word asks for (for highlighting). */
export function wordMatches(word: string, query: readonly QueryWord[]): boolean {
  const stem = stemPolish(word);
  return query.some(
    (asked) => asked.stem === stem || asked.word === word || (asked.prefix && word.startsWith(asked.word)),
  );
}

/** The FTS5 query: each word's stem, the last also as a prefix ("klastr" ("lodz" OR "lodz"*)). */
export function fts5Query(words: readonly QueryWord[]): string {
  return words
    .map(({ word, stem, prefix }) => (prefix ? `("${stem}" OR "${word}"*)` : `"${stem}"`))
    .join(' AND ');
}

/** The same for PostgreSQL's to_tsquery('simple', …): "klastr & (lodz | lodz:*)". */
export function tsQuery(words: readonly QueryWord[]): string {
  return words.map(({ word, stem, prefix }) => (prefix ? `(${stem} | ${word}:*)` : stem)).join(' & ');
}
