import type { Locale } from '../../time.ts';
import type { MailContent, MailParams, MailTemplateName, MailTexts } from './content.ts';
import { en } from './en.ts';
import { layoutMail, type RenderedMail } from './layout.ts';
import { pl } from './pl.ts';

export type { MailParams, MailTemplateName } from './content.ts';
export type { RenderedMail } from './layout.ts';

const TEXTS: Record<Locale, MailTexts> = { pl, en };

export const MAIL_TEMPLATES = Object.keys(pl.templates) as MailTemplateName[];

/** Subject, plain-text body and HTML body of one template in one language. */
export function renderMail<K extends MailTemplateName>(
  locale: Locale,
  template: K,
  params: MailParams[K],
): RenderedMail {
  const texts = TEXTS[locale];
  const build: (params: MailParams[K]) => MailContent = texts.templates[template];
  return layoutMail(build(params), texts, locale);
}
