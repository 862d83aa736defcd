import type { Locale } from './time.ts';

/**
 * Numbers, money, plural forms and collation as each language writes them — the one place pages, mails
 * and PDFs take them from. Polish: decimal comma and a non-breaking space between thousands
 * ("420 000 000,5", "76,5"); four-digit numbers stay whole ("2026"), as Polish typography prefers.
 * Dates in words are in time.ts (formatDate, formatCalendarDate).
 */
const INTL_LOCALE: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  pl: new Intl.NumberFormat(INTL_LOCALE.pl, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(INTL_LOCALE.en, { maximumFractionDigits: 2 }),
};

const moneyFormats: Record<Locale, Intl.NumberFormat> = {
  pl: new Intl.NumberFormat(INTL_LOCALE.pl, { style: 'currency', currency: 'PLN' }),
  en: new Intl.NumberFormat(INTL_LOCALE.en, { style: 'currency', currency: 'PLN' }),
};

const pluralRules: Record<Locale, Intl.PluralRules> = {
  pl: new Intl.PluralRules(INTL_LOCALE.pl),
  en: new Intl.PluralRules(INTL_LOCALE.en),
};

const collators: Record<Locale, Intl.Collator> = {
  pl: new Intl.Collator(INTL_LOCALE.pl),
  en: new Intl.Collator(INTL_LOCALE.en),
};

/** A number as written in the language, at most two decimals: "420 000 000,5", "76,5"; "76.5" in English. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value);
}

/** An amount in złoty: "1 234,50 zł" ("PLN 1,234.50" in English). */
export function formatMoney(value: number, locale: Locale): string {
  return moneyFormats[locale].format(value);
}

/** The forms of a word that depend on a count; Polish needs one, few and many ("rok", "lata", "lat"). */
export type PluralForms = { one: string; few?: string; many?: string; other: string };

/** The form of a word for a count: pluralForm(3, lata) = "lata", pluralForm(5, …) = "lat", 22 → "lata". */
export function pluralForm(count: number, forms: PluralForms, locale: Locale): string {
  const category = pluralRules[locale].select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** A count with its word: "3 lata", "5 lat", "22 lata", "1 000 lat". */
export function formatCount(count: number, forms: PluralForms, locale: Locale): string {
  return `${formatNumber(count, locale)} ${pluralForm(count, forms, locale)}`;
}

/** Compares two texts in the language's alphabetical order (Polish: … l, ł, m …, z, ź, ż). */
export function compareText(a: string, b: string, locale: Locale): number {
  return collators[locale].compare(a, b);
}

/** Options of a list (a select, checkboxes, a filter) in the language's alphabetical order of their labels. */
export function sortByLabel<T extends { label: string }>(options: readonly T[], locale: Locale): T[] {
  return [...options].sort((a, b) => compareText(a.label, b.label, locale));
}
