import type { QueryWord } from './terms.ts';

// The order of the best results is decided here, in the application, from the terms both engines
// store, so SQLite and PostgreSQL show the same first pages. The engine's own rank (bm25, ts_rank)
// only picks the candidates (its best RANKED_WINDOW) and orders what lies beyond them.

/** How many of the engine's best matches are ordered here. */
export const RANKED_WINDOW = 100;

const TITLE_WORD = 10;
const TITLE_PREFIX = 6;
const BODY_WORD = 1;
const BODY_PREFIX = 0.5;
/** Repeating a word in the text helps up to this many times. */
const MAX_REPEATS = 3;

function termWeights(terms: string, word: QueryWord, exact: number, prefix: number): number[] {
  const weights: number[] = [];
  for (const term of terms.split(' ')) {
    if (term === word.stem) weights.push(exact);
    else if (word.prefix && term.startsWith(word.word)) weights.push(prefix);
  }
  return weights;
}

/**
 * A document's relevance: each query word counts most in the title (as a whole word more than as a
 * prefix), less in the text (a few repeats at most); a short title that matches is a better match.
 */
export function relevance(titleTerms: string, bodyTerms: string, words: readonly QueryWord[]): number {
  let score = 0;
  for (const word of words) {
    const inTitle = termWeights(titleTerms, word, TITLE_WORD, TITLE_PREFIX);
    score += inTitle.length > 0 ? Math.max(...inTitle) : 0;
    const inBody = termWeights(bodyTerms, word, BODY_WORD, BODY_PREFIX).sort((a, b) => b - a);
    score += inBody.slice(0, MAX_REPEATS).reduce((sum, weight) => sum + weight, 0);
  }
  const titleLength = titleTerms.split(' ').length;
  return score + 1 / (1 + titleLength);
}
