import type { Generated, Selectable } from 'kysely';

export interface PagesTable {
  id: Generated<number>;
  slug: string;
  section: string;
  titlePl: string;
  titleEn: string;
  /** Markdown; rendered and sanitised on the way out. */
  bodyPl: string;
  bodyEn: string;
  isDemo: Generated<number>;
  updatedAt: string;
}

export type Page = Selectable<PagesTable>;
