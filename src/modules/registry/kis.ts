import type { Locale } from '../../platform/time.ts';

/**
 * The national smart specialisations (KIS) a cluster may name — A CONFIGURABLE LIST, not a fact
 * checked by this code. The default below follows the numbering of the KIS document used in the
 * 2014–2020 programmes as far as we know it; the list is revised from time to time, so an operator
 * must check the wording and the numbering against the current official document and edit them
 * here. Codes are stored; never reuse a code for another specialisation.
 */
export const KIS = {
  'kis-01': {
    pl: 'Technologie inżynierii medycznej, w tym biotechnologie medyczne',
    en: 'Medical engineering technologies, including medical biotechnology',
  },
  'kis-02': {
    pl: 'Diagnostyka i terapia chorób cywilizacyjnych oraz w medycynie spersonalizowanej',
    en: 'Diagnosis and treatment of lifestyle diseases and personalised medicine',
  },
  'kis-03': { pl: 'Wytwarzanie produktów leczniczych', en: 'Manufacture of medicinal products' },
  'kis-04': {
    pl: 'Innowacyjne technologie, procesy i produkty sektora rolno-spożywczego i leśno-drzewnego',
    en: 'Innovative technologies, processes and products of the agri-food and forestry-wood sectors',
  },
  'kis-05': { pl: 'Żywność wysokiej jakości', en: 'High-quality food' },
  'kis-06': {
    pl: 'Biotechnologiczne procesy i produkty chemii specjalistycznej oraz inżynierii środowiska',
    en: 'Biotechnological processes and products of speciality chemicals and environmental engineering',
  },
  'kis-07': {
    pl: 'Wysokosprawne, niskoemisyjne i zintegrowane układy wytwarzania, magazynowania, przesyłu i dystrybucji energii',
    en: 'High-efficiency, low-emission and integrated energy generation, storage, transmission and distribution',
  },
  'kis-08': {
    pl: 'Inteligentne i energooszczędne budownictwo',
    en: 'Smart and energy-efficient construction',
  },
  'kis-09': {
    pl: 'Rozwiązania transportowe przyjazne środowisku',
    en: 'Environmentally friendly transport solutions',
  },
  'kis-10': {
    pl: 'Nowoczesne technologie pozyskiwania, przetwórstwa i wykorzystania surowców naturalnych oraz wytwarzanie ich substytutów',
    en: 'Modern technologies for sourcing, processing and using natural resources, and their substitutes',
  },
  'kis-11': {
    pl: 'Minimalizacja wytwarzania odpadów oraz ich wykorzystanie materiałowe i energetyczne',
    en: 'Waste minimisation and material and energy recovery',
  },
  'kis-12': {
    pl: 'Innowacyjne technologie przetwarzania i odzyskiwania wody oraz zmniejszające jej zużycie',
    en: 'Innovative technologies for water treatment, recovery and lower consumption',
  },
  'kis-13': {
    pl: 'Wielofunkcyjne materiały i kompozyty o zaawansowanych właściwościach, w tym nanoprocesy i nanoprodukty',
    en: 'Multifunctional materials and advanced composites, including nanoprocesses and nanoproducts',
  },
  'kis-14': {
    pl: 'Czujniki (w tym biosensory) i inteligentne sieci sensorowe',
    en: 'Sensors (including biosensors) and smart sensor networks',
  },
  'kis-15': {
    pl: 'Inteligentne sieci i technologie geoinformacyjne',
    en: 'Smart networks and geo-information technologies',
  },
  'kis-16': {
    pl: 'Elektronika oparta na polimerach przewodzących',
    en: 'Electronics based on conductive polymers',
  },
  'kis-17': {
    pl: 'Automatyzacja i robotyka procesów technologicznych',
    en: 'Automation and robotics of technological processes',
  },
  'kis-18': { pl: 'Optoelektroniczne systemy i materiały', en: 'Optoelectronic systems and materials' },
  'kis-19': {
    pl: 'Innowacyjne technologie morskie w zakresie specjalistycznych jednostek pływających, konstrukcji morskich i przybrzeżnych oraz logistyki opartej o transport morski i śródlądowy',
    en: 'Innovative maritime technologies: specialised vessels, offshore and coastal structures, maritime and inland-waterway logistics',
  },
} as const;

export type KisCode = keyof typeof KIS;

export const KIS_CODES = Object.keys(KIS) as KisCode[];

export function isKisCode(value: string): value is KisCode {
  return Object.hasOwn(KIS, value);
}

/** "KIS 7. Wysokosprawne…" — the number as people cite it, then the name. */
export function kisName(code: string, locale: Locale): string | null {
  if (!isKisCode(code)) return null;
  return `KIS ${Number(code.slice(4))}. ${KIS[code][locale]}`;
}
