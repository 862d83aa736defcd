import { renderMarkdown } from '../../platform/markdown.ts';
import type { Locale } from '../../platform/time.ts';
import type { Page } from './tables.ts';

export interface PageView {
  title: string;
  html: string;
  updatedAt: string;
}

export function presentPage(page: Page, locale: Locale): PageView {
  return {
    title: locale === 'en' ? page.titleEn : page.titlePl,
    html: renderMarkdown(locale === 'en' ? page.bodyEn : page.bodyPl),
    updatedAt: page.updatedAt,
  };
}
