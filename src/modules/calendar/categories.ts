export const CATEGORIES = [
  'conference',
  'training',
  'fair',
  'webinar',
  'networking',
  'infoSession',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Languages an event may be held in (ISO 639-1). */
export const LANGUAGES = ['pl', 'en', 'de', 'uk', 'fr'] as const;

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
