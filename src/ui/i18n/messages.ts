import { MODULES, type ModuleMessages } from '../../modules/index.ts';
import { formatNumber, type PluralForms, pluralForm } from '../../platform/formats.ts';
import { catalogueOf, type PortalModule } from '../../platform/module.ts';
import type { Locale } from '../../platform/time.ts';
import { en } from './en/index.ts';
import { pl } from './pl/index.ts';

/** Every UI text's key: the portal's own (ui/i18n) and each module's, from the module list. */
export type MessageKey = keyof typeof pl | keyof ModuleMessages;
export type { PluralForms };
export type MessageValue = string | PluralForms;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LOCALES: readonly Locale[] = ['pl', 'en'];

type Catalogue = Readonly<Record<string, MessageValue>>;

/** Each language's catalogue for a list of modules: the portal's own texts, then the modules'. */
export function cataloguesOf(modules: readonly PortalModule[]): Record<Locale, Catalogue> {
  return { pl: catalogueOf(modules, 'pl', pl), en: catalogueOf(modules, 'en', en) };
}

const catalogues = cataloguesOf(MODULES);
/** Numbers that name something rather than count it: written without grouping ("konto nr 12345"). */
const IDENTIFIERS = new Set(['id', 'year', 'number']);

export function isLocale(value: unknown): value is Locale {
  return value === 'pl' || value === 'en';
}

/** A translate function for one locale; `{name}` placeholders are filled from params. */
export function translator(locale: Locale): Translate {
  return translatorOf(catalogues[locale], locale);
}

/**
 * A translate function over a catalogue of one's own (an app built from another module list). Plural
 * forms are chosen by `count`; numbers are written as the language writes them ("76,5", "12 345").
 */
export function translatorOf(catalogue: Catalogue, locale: Locale): Translate {
  return (key, params = {}) => {
    const value = catalogue[key] as MessageValue;
    const text = typeof value === 'string' ? value : pluralForm(Number(params.count ?? 0), value, locale);
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? paramText(name, params[name] as string | number, locale) : match,
    );
  };
}

function paramText(name: string, value: string | number, locale: Locale): string {
  return typeof value === 'number' && !IDENTIFIERS.has(name) ? formatNumber(value, locale) : String(value);
}
