import type { Locale } from '../../time.ts';

/** A mail as plain sentences; the layout turns it into a text body and an escaped HTML body. */
export interface MailContent {
  subject: string;
  greeting: string;
  intro: string[];
  /** The one thing to do, as a button in HTML and a bare address in text. */
  action?: { label: string; url: string };
  outro: string[];
}

/**
 * A module's mail templates, as its `module.ts` declares them (`mailTemplates`): for each language,
 * one function per template, given that template's params (`P`, the module's own params type).
 * English has exactly the Polish templates, and each takes exactly its params.
 */
export type MailTemplates<P> = {
  readonly [L in Locale]: { readonly [K in keyof P]: (params: P[K]) => MailContent };
};

/** Templates as the portal gathers them from its modules: per language, one function per name. */
export type MailTemplateMap = Readonly<
  Record<Locale, Readonly<Record<string, (params: never) => MailContent>>>
>;

/** How every mail greets its recipient, in each language. */
export const GREETING: Readonly<Record<Locale, (name: string) => string>> = {
  pl: (name) => `Dzień dobry, ${name}!`,
  en: (name) => `Hello ${name},`,
};
