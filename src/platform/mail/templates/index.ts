import { MAIL_TEMPLATES, type ModuleMailParams } from '../../../modules/index.ts';
import type { Locale } from '../../time.ts';
import type { MailTemplateMap } from './content.ts';
import { layoutMail, type RenderedMail } from './layout.ts';

/** What each template needs, from the modules' `mailTemplates`; the mail's language comes separately. */
export type MailParams = ModuleMailParams;
export type MailTemplateName = keyof MailParams;
export type { RenderedMail } from './layout.ts';

/** Every template's name, from the module list. */
export const MAIL_TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATES.pl) as MailTemplateName[];

/** Subject, plain-text body and HTML body of one template in one language. */
export function renderMail<K extends MailTemplateName>(
  locale: Locale,
  template: K,
  params: MailParams[K],
): RenderedMail {
  return renderMailOf(MAIL_TEMPLATES, locale, template, params);
}

/** The same, from a module list's own templates (an app built from another module list). */
export function renderMailOf(
  templates: MailTemplateMap,
  locale: Locale,
  template: string,
  params: unknown,
): RenderedMail {
  const build = templates[locale][template];
  if (!build) throw new Error(`No mail template ${template}`);
  return layoutMail(build(params as never), locale);
}
