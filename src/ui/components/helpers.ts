/** Small helpers every component template gets as it.h (templates cannot import). */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

export type Attributes = Record<string, string | number | boolean | undefined | null>;

/** Extra attributes as a string starting with a space, values escaped; false/null/undefined are left out. */
export function attrs(attributes: Attributes | undefined): string {
  if (!attributes) return '';
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== undefined && value !== null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/** Joins class names, skipping empty ones. */
export function classes(...names: (string | false | undefined | null)[]): string {
  return names.filter(Boolean).join(' ');
}

/** The id a field gets when none is given: "field-<name>", which error summaries link to. */
export function fieldId(params: { id?: string; name: string }): string {
  return params.id ?? `field-${params.name}`;
}

/** The aria-describedby of a field: its hint, its error and any extra ids, or nothing. */
export function describedBy(...ids: (string | false | undefined | null)[]): string {
  const list = ids.filter(Boolean).join(' ');
  return list ? ` aria-describedby="${escapeHtml(list)}"` : '';
}

type AnyTranslate = (key: never, params?: Record<string, string | number>) => string;

/** Numbers that select each plural category, to read every form of a message through t(). */
const PLURAL_SAMPLES: Record<string, number> = { one: 1, few: 2, many: 5, other: 1.5 };

/**
 * govuk-frontend's data-i18n.* attributes for a script's texts, from our catalogues: a plural message
 * gives one attribute per form, with govuk-frontend's %{count} placeholder ({n} in the catalogue).
 */
export function i18nAttributes(
  translate: AnyTranslate,
  locale: string,
  messages: [attribute: string, key: string, plural?: boolean][],
): string {
  const t = translate as unknown as (key: string, params?: Record<string, string | number>) => string;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return messages
    .flatMap(([attribute, key, plural]) =>
      plural
        ? categories.map(
            (category) =>
              ` data-i18n.${attribute}.${category}="${escapeHtml(t(key, { count: PLURAL_SAMPLES[category] ?? 0, n: '%{count}' }))}"`,
          )
        : [` data-i18n.${attribute}="${escapeHtml(t(key, { n: '%{count}' }))}"`],
    )
    .join('');
}

export const helpers = { attrs, classes, fieldId, describedBy, escapeHtml, i18nAttributes };
export type Helpers = typeof helpers;
