import type { Locale } from '../platform/time.ts';
import { isLocale } from './i18n/messages.ts';

/** What a visitor chose for display; remembered in cookies so it applies before the first paint. */
export interface Preferences {
  locale: Locale;
  /** null: no choice made, so the system's prefers-contrast setting decides. */
  contrast: 'high' | 'normal' | null;
  textSize: TextSize;
}

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const PREFERENCE_COOKIES = { locale: 'lang', contrast: 'kontrast', textSize: 'tekst' } as const;
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function readPreferences(cookies: Record<string, string | undefined>): Preferences {
  const contrast = cookies[PREFERENCE_COOKIES.contrast];
  const textSize = cookies[PREFERENCE_COOKIES.textSize];
  const locale = cookies[PREFERENCE_COOKIES.locale];
  return {
    locale: isLocale(locale) ? locale : 'pl',
    contrast: contrast === 'high' || contrast === 'normal' ? contrast : null,
    textSize: (TEXT_SIZES as readonly string[]).includes(textSize ?? '') ? (textSize as TextSize) : 'normal',
  };
}

/** The class list of <html>: the server applies the choice, so no script runs before the first paint. */
export function htmlClasses(prefs: Preferences): string {
  const classes = [`text-${prefs.textSize}`];
  if (prefs.contrast) classes.push(`contrast-${prefs.contrast}`);
  return classes.join(' ');
}

export interface PreferenceChange {
  cookie: string;
  value: string;
}

/** Reads one change from the switch link's query; unknown values are ignored. */
export function preferenceChange(query: Record<string, unknown>): PreferenceChange | undefined {
  if (query.kontrast === 'high' || query.kontrast === 'normal') {
    return { cookie: PREFERENCE_COOKIES.contrast, value: query.kontrast };
  }
  if (typeof query.tekst === 'string' && (TEXT_SIZES as readonly string[]).includes(query.tekst)) {
    return { cookie: PREFERENCE_COOKIES.textSize, value: query.tekst };
  }
  if (isLocale(query.lang)) return { cookie: PREFERENCE_COOKIES.locale, value: query.lang };
  return undefined;
}

export const preferenceCookieOptions = {
  path: '/',
  maxAge: ONE_YEAR_SECONDS,
  sameSite: 'lax',
  httpOnly: true,
} as const;

/** Only a path on this site may be returned to, never another host ("//evil", "/\\evil"). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return /[\r\n]/.test(value) ? '/' : value;
}

/** The link a switch points at: it sets one cookie and comes back to the current page. */
export function preferenceLink(
  param: 'kontrast' | 'tekst' | 'lang',
  value: string,
  returnTo: string,
): string {
  return `/preferencje?${new URLSearchParams({ [param]: value, wroc: returnTo })}`;
}
