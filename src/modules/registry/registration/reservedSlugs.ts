/**
 * Path segments that are pages, never a cluster's address: under /klastry the map (mapa) and the
 * questionnaire (rejestracja); under /moje-klastry the team invitation (zaproszenie); and words kept
 * for pages to come.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'mapa',
  'rejestracja',
  'zaproszenie',
  'zgloszenie',
  'nowy',
  'szukaj',
  'eksport',
  'logo',
  'admin',
  'api',
]);

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}
