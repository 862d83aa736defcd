import type { Locale } from '../../platform/time.ts';

/**
 * The controlled list of industries a cluster may name (one or more). Codes are stored; labels are
 * shown. Add an industry by adding a line; never reuse or rename a code that clusters already hold.
 */
export const INDUSTRIES = {
  aerospace: { pl: 'lotnictwo i przemysł kosmiczny', en: 'aerospace' },
  automotive: { pl: 'motoryzacja i elektromobilność', en: 'automotive and e-mobility' },
  ict: { pl: 'technologie informacyjno-komunikacyjne (ICT)', en: 'information and communication technology' },
  health: { pl: 'ochrona zdrowia i technologie medyczne', en: 'health and medical technology' },
  biotech: { pl: 'biotechnologia i farmacja', en: 'biotechnology and pharmaceuticals' },
  energy: { pl: 'energetyka i odnawialne źródła energii', en: 'energy and renewables' },
  construction: { pl: 'budownictwo', en: 'construction' },
  chemistry: { pl: 'chemia i tworzywa sztuczne', en: 'chemicals and plastics' },
  metal: { pl: 'metalurgia i obróbka metali', en: 'metals and metalworking' },
  machinery: { pl: 'maszyny, automatyka i robotyka', en: 'machinery, automation and robotics' },
  electronics: { pl: 'elektronika i fotonika', en: 'electronics and photonics' },
  food: { pl: 'przemysł spożywczy', en: 'food processing' },
  agriculture: { pl: 'rolnictwo i biogospodarka', en: 'agriculture and bioeconomy' },
  wood: { pl: 'przemysł drzewny i meblarski', en: 'wood and furniture' },
  textiles: { pl: 'tekstylia i moda', en: 'textiles and fashion' },
  logistics: { pl: 'transport i logistyka', en: 'transport and logistics' },
  maritime: { pl: 'gospodarka morska', en: 'maritime economy' },
  tourism: { pl: 'turystyka', en: 'tourism' },
  creative: { pl: 'przemysły kreatywne i gry', en: 'creative industries and games' },
  environment: {
    pl: 'ochrona środowiska i gospodarka obiegu zamkniętego',
    en: 'environment and circular economy',
  },
  mining: { pl: 'górnictwo i surowce', en: 'mining and raw materials' },
  business_services: { pl: 'usługi dla biznesu', en: 'business services' },
} as const;

export type IndustryCode = keyof typeof INDUSTRIES;

export const INDUSTRY_CODES = Object.keys(INDUSTRIES) as IndustryCode[];

export function isIndustryCode(value: string): value is IndustryCode {
  return Object.hasOwn(INDUSTRIES, value);
}

export function industryName(code: string, locale: Locale): string | null {
  return isIndustryCode(code) ? INDUSTRIES[code][locale] : null;
}
