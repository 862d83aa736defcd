import type { Locale } from '../../platform/time.ts';
import { en } from './en/index.ts';
import { pl } from './pl/index.ts';

export type MessageKey = keyof typeof pl;
export type PluralForms = { one: string; few?: string; many?: string; other: string };
export type MessageValue = string | PluralForms;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LOCALES: readonly Locale[] = ['pl', 'en'];

const catalogues: Record<Locale, Record<MessageKey, MessageValue>> = { pl, en };
const pluralRules: Record<Locale, Intl.PluralRules> = {
  pl: new Intl.PluralRules('pl'),
  en: new Intl.PluralRules('en'),
};

export function isLocale(value: unknown): value is Locale {
  return value === 'pl' || value === 'en';
}

/** A translate function for one locale; `{name}` placeholders are filled from params. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params = {}) => {
    const value = catalogue[key];
    const text = typeof value === 'string' ? value : pluralForm(value, locale, Number(params.count ?? 0));
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}

function pluralForm(forms: PluralForms, locale: Locale, count: number): string {
  const category = pluralRules[locale].select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}
