/** The 16 voivodeships by TERYT code, with their Polish and English names. */
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

export function voivodeshipName(code: string | null, locale: 'pl' | 'en'): string | null {
  if (!code || !(code in VOIVODESHIPS)) return null;
  return VOIVODESHIPS[code as VoivodeshipCode][locale];
}
