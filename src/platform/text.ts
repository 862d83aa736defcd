const POLISH_LETTERS: Record<string, string> = {
  ą: 'a1',
  ć: 'c1',
  ę: 'e1',
  ł: 'l1',
  ń: 'n1',
  ó: 'o1',
  ś: 's1',
  ź: 'z1',
  ż: 'z2',
};

/**
 * An ASCII key whose byte order is the Polish alphabetical order (a < ą < b … l < ł < m … z < ź < ż),
 * so both engines can sort and paginate by an ordinary index. Case, punctuation and other accents
 * are ignored.
 */
export function polishSortKey(text: string): string {
  let key = '';
  for (const char of text.normalize('NFC').toLocaleLowerCase('pl')) {
    const polish = POLISH_LETTERS[char];
    if (polish) {
      key += polish;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    if (/^[a-z0-9]$/.test(base)) key += `${base}0`;
    else if (/\s/.test(char) && !key.endsWith(' ')) key += ' ';
  }
  return key.trim();
}

/** Lower-case text without diacritics, ł included ("Łódź" → "lodz"), for search that ignores them. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase();
}

/**
 * Folded words separated by single spaces ("Kędzierzyn-Koźle, ŁÓDŹ" → "kedzierzyn kozle lodz"): what the
 * registry stores for search and what a query is turned into, so that LIKE '%word%' matches on both
 * engines without case or diacritics (and no query word can carry a LIKE wildcard).
 */
export function searchableText(...parts: (string | null | undefined)[]): string {
  return foldText(parts.filter(Boolean).join(' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL slug from a Polish name: "Klaster Obróbki Metali" → "klaster-obrobki-metali". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Markup characters no name may hold (a name is shown in pages, mails, PDFs and exports). */
const MARKUP = /[<>]/;

/**
 * The one rule for every name field (clusters, coordinators, members, people): not empty when
 * required, at most `max` characters, no markup characters. The message key of the problem, or null.
 */
export function nameProblem(
  value: string,
  max: number,
): 'validation.nameRequired' | 'validation.nameTooLong' | 'validation.nameMarkup' | null {
  const name = value.trim();
  if (name === '') return 'validation.nameRequired';
  if (name.length > max) return 'validation.nameTooLong';
  if (MARKUP.test(name)) return 'validation.nameMarkup';
  return null;
}

export function hasMarkup(value: string): boolean {
  return MARKUP.test(value);
}
