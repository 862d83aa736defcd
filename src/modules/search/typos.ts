import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { similarWords } from './fullText.ts';
import type { QueryWord } from './terms.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count one ("innowcja" is one from "innowacja", "lodz"/"ldoz" one).
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How many mistakes a word of this length may hold and still be corrected. */
const tolerance = (length: number) => (length <= 4 ? 1 : 2);

/** The closest known word (fewest edits, then alphabetically), or null when none is close enough. */
async function correction(db: Db, word: string): Promise<string | null> {
  let best: { word: string; display: string; distance: number } | null = null;
  for (const candidate of await similarWords(db, word)) {
    const distance = editDistance(word, candidate.word);
    if (distance > tolerance(word.length)) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate.word < best.word))
      best = { ...candidate, distance };
  }
  return best?.display ?? null;
}

/**
 * The query with each unknown word replaced by the closest known one ("innowcje" → "innowacje"), or
 * null when no word could be corrected. Words of digits and short words are kept as typed.
 */
export async function correctedQuery(db: Db, words: readonly QueryWord[]): Promise<string | null> {
  const typed = words.map((word) => word.word);
  const known = new Set(
    (await db.selectFrom('searchWords').select('word').where('word', 'in', typed).execute()).map(
      (row) => row.word,
    ),
  );
  let changed = false;
  const corrected: string[] = [];
  for (const word of typed) {
    const fixed = known.has(word) || !/^[a-z]{3,}$/.test(word) ? null : await correction(db, word);
    if (fixed) changed = true;
    corrected.push(fixed ?? word);
  }
  return changed ? corrected.join(' ') : null;
}
