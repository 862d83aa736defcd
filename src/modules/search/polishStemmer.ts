/**
 * A light rule-based stemmer for Polish, working on folded words (lower case, no diacritics, ł → l:
 * what `foldText` gives), so that both engines index the same terms. It removes one inflectional
 * ending (case, number, the adjective's gender) and undoes the few stem changes that inflection
 * brings about most often in the portal's vocabulary, so that "klaster", "klastra", "klastrze",
 * "klastrów" and "klastrami" all become "klastr".
 *
 * It does not derive one word from another ("lotnictwo" and "lotniczy" stay apart), knows no
 * irregular forms and leaves the k/c, g/dz, t/ci alternations of the locative alone ("Polsce",
 * "nauce", "ekspercie"): those need a dictionary, and guessing them would merge unrelated words
 * ("praca"/"prace" would become "prak"). The rules and their limits are in CONTEXT.md.
 */

/** Endings removed, longest first; the first that leaves a stem of at least MIN_STEM letters wins. */
const ENDINGS = [
  // adjectives in -owy ("klastrowy", "przemysłowego"): the stem of the noun they come from; nouns
  // in -ów ("Kraków", "Krakowem") lose it the same way
  'owowi',
  'owymi',
  'owego',
  'owemu',
  'owych',
  'owym',
  'owej',
  'owem',
  'owie',
  'owy',
  'owa',
  'owe',
  // soft stems: "technologia", "energii", "spotkaniach", "polskiego"; Latin "kryterium", "kryteriów"
  'iami',
  'iach',
  'iego',
  'iemu',
  'ami',
  'ach',
  'ego',
  'emu',
  'ych',
  'ich',
  'ymi',
  'imi',
  'owi',
  'iom',
  'iow',
  'ium',
  'iem',
  'iej',
  'om',
  'ow',
  'em',
  'ej',
  'ym',
  'im',
  'ie',
  'iu',
  'ia',
  'ii',
  'y',
  'i',
  'a',
  'u',
  'o',
  'e',
] as const;

const MIN_STEM = 3;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

const isConsonant = (letter: string | undefined) => letter !== undefined && !VOWELS.has(letter);

/** The stem of one folded word; words of digits, short words and words with no known ending stay as they are. */
export function stemPolish(word: string): string {
  if (word.length <= MIN_STEM || !/^[a-z]+$/.test(word)) return word;
  const ending = ENDINGS.find(
    (candidate) => word.endsWith(candidate) && word.length - candidate.length >= MIN_STEM,
  );
  const stem = ending ? word.slice(0, -ending.length) : withoutMobileE(word);
  return alternated(stem);
}

/**
 * The "mobile e" of a nominative that the other forms lose: "klaster"/"klastra", "członek"/"członka",
 * "wniosek"/"wniosku". Only after two consonants (-er) or one (-ek), so "komputer" and "człowiek",
 * whose e stays, keep it.
 */
function withoutMobileE(word: string): string {
  const [a, b] = [word.at(-4), word.at(-3)];
  if (word.endsWith('er') && isConsonant(a) && isConsonant(b)) return `${word.slice(0, -2)}r`;
  if (word.endsWith('ek') && word.length >= 5 && isConsonant(b)) return `${word.slice(0, -2)}k`;
  return word;
}

/**
 * Stem changes undone: the locative's r → rz ("klastrze", applied to every stem in -rz, so "lekarz"
 * and "lekarza" still agree) and the -cyjny adjective to its -cja noun ("innowacyjny" → "innowacja").
 */
function alternated(stem: string): string {
  if (stem.endsWith('rz') && stem.length > MIN_STEM) return stem.slice(0, -1);
  if (stem.endsWith('cyjn')) return `${stem.slice(0, -4)}cj`;
  return stem;
}
