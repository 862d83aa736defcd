import { sortByLabel } from '../../platform/formats.ts';

/**
 * The 16 voivodeships by TERYT code, with their Polish and English names. Do not take an order from
 * this object: codes "10"…"32" are integer-like keys, which JavaScript enumerates before "02"…"08"
 * (putting dolnośląskie…lubuskie after zachodniopomorskie). Lists use voivodeshipOptions().
 */
export const VOIVODESHIPS = {
  '02': { pl: 'dolnośląskie', en: 'Lower Silesian' },
  '04': { pl: 'kujawsko-pomorskie', en: 'Kuyavian-Pomeranian' },
  '06': { pl: 'lubelskie', en: 'Lublin' },
  '08': { pl: 'lubuskie', en: 'Lubusz' },
  '10': { pl: 'łódzkie', en: 'Łódź' },
  '12': { pl: 'małopolskie', en: 'Lesser Poland' },
  '14': { pl: 'mazowieckie', en: 'Masovian' },
  '16': { pl: 'opolskie', en: 'Opole' },
  '18': { pl: 'podkarpackie', en: 'Subcarpathian' },
  '20': { pl: 'podlaskie', en: 'Podlaskie' },
  '22': { pl: 'pomorskie', en: 'Pomeranian' },
  '24': { pl: 'śląskie', en: 'Silesian' },
  '26': { pl: 'świętokrzyskie', en: 'Holy Cross' },
  '28': { pl: 'warmińsko-mazurskie', en: 'Warmian-Masurian' },
  '30': { pl: 'wielkopolskie', en: 'Greater Poland' },
  '32': { pl: 'zachodniopomorskie', en: 'West Pomeranian' },
} as const;

export type VoivodeshipCode = keyof typeof VOIVODESHIPS;

/** The codes in TERYT order ("02", "04" … "32"). */
export const VOIVODESHIP_CODES = (Object.keys(VOIVODESHIPS) as VoivodeshipCode[]).sort();

/** The voivodeships as options of a list, in the alphabetical order of the language (Polish collation). */
export function voivodeshipOptions(locale: 'pl' | 'en'): { value: VoivodeshipCode; label: string }[] {
  return sortByLabel(
    VOIVODESHIP_CODES.map((code) => ({ value: code, label: VOIVODESHIPS[code][locale] })),
    locale,
  );
}

export function voivodeshipName(code: string | null, locale: 'pl' | 'en'): string | null {
  if (!code || !(code in VOIVODESHIPS)) return null;
  return VOIVODESHIPS[code as VoivodeshipCode][locale];
}
