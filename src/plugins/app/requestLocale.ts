import type { Locale } from '../../platform/time.ts';
import { LOCALES } from '../../ui/i18n/messages.ts';
import { readPreferences } from '../../ui/preferences.ts';

/** JSON routes under /api (the HTML docs page at /api/docs is a page like any other). */
export function isApiUrl(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * The language an Accept-Language header asks for, of those the portal has ("en-GB, pl;q=0.5" → en);
 * null when it names none of them (or is missing). The highest weight wins, the earlier on a tie.
 */
export function acceptedLocale(header: string | string[] | undefined): Locale | null {
  let best: { locale: Locale; weight: number } | null = null;
  for (const part of String(header ?? '').split(',')) {
    const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
    const language = range.trim().split('-')[0] ?? '';
    const locale = LOCALES.find((candidate) => candidate === language);
    if (!locale) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (!best || weight > best.weight) best = { locale, weight };
  }
  return best?.locale ?? null;
}

/**
 * The language of a request's answer. Pages follow the visitor's choice (a cookie). The JSON API
 * follows Accept-Language; when that names neither language, the choice made on the site (the
 * cookie a browser sends along), else Polish.
 */
export function requestLocale(
  url: string,
  headers: { 'accept-language'?: string | string[] | undefined },
  cookies: Record<string, string | undefined>,
): Locale {
  const chosen = readPreferences(cookies).locale;
  return isApiUrl(url) ? (acceptedLocale(headers['accept-language']) ?? chosen) : chosen;
}
