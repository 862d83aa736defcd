import { foldText } from '../../platform/text.ts';
import { type QueryWord, wordMatches } from './terms.ts';

// Highlighting happens here, in the application, over the document's own text: the same on both
// engines. Everything is escaped; the only markup added is <mark> around the words that matched.

const WORD = /[\p{L}\p{N}]+/gu;
/** Words shown before the first match, and in all. */
const BEFORE = 8;
const LENGTH = 30;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

function tokens(text: string, query: readonly QueryWord[]): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hit: wordMatches(foldText(match[0]), query),
  }));
}

/** The text between two offsets, escaped, with the matched words marked. */
function marked(text: string, list: readonly Token[], from: number, to: number): string {
  let html = '';
  let at = from;
  for (const token of list) {
    if (!token.hit || token.start < from || token.end > to) continue;
    html += `${escapeHtml(text.slice(at, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    at = token.end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** A title, escaped, with the words the query found marked. */
export function highlightTitle(title: string, query: readonly QueryWord[]): string {
  return marked(title, tokens(title, query), 0, title.length);
}

/** About thirty words of the text around the first match (or its start), escaped and marked. */
export function snippet(text: string, query: readonly QueryWord[]): string {
  const list = tokens(text, query);
  if (list.length === 0) return '';
  const first = Math.max(
    0,
    list.findIndex((token) => token.hit),
  );
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(list.length, from + LENGTH);
  const start = from === 0 ? 0 : (list[from]?.start ?? 0);
  const end = to === list.length ? text.length : (list[to - 1]?.end ?? text.length);
  return `${from > 0 ? '… ' : ''}${marked(text, list, start, end)}${to < list.length ? ' …' : ''}`;
}
