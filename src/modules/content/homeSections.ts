import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import type { HomeSection } from '../../platform/module.ts';
import type { Translate } from '../../ui/i18n/messages.ts';
import { renderPartial } from '../../ui/render.ts';

interface Kept {
  data: Record<string, unknown>;
  until: number;
}

/**
 * The home page's cards, each from the module that declares it (`homeSections` in its module.ts),
 * rendered in order with the data its load() gives; a section with maxAgeMs keeps that data that long.
 */
export function homeSectionsRenderer(sections: readonly HomeSection[], clock: Clock) {
  const kept = new Map<string, Kept>();

  async function dataOf(section: HomeSection, db: Kysely<Database>): Promise<Record<string, unknown>> {
    if (!section.load) return {};
    const now = clock.now().getTime();
    const known = kept.get(section.id);
    if (known && known.until > now) return known.data;
    const data = await section.load(db);
    if (section.maxAgeMs) kept.set(section.id, { data, until: now + section.maxAgeMs });
    return data;
  }

  return async (db: Kysely<Database>, t: Translate): Promise<string[]> => {
    const data = await Promise.all(sections.map((section) => dataOf(section, db)));
    return sections.map((section, index) => {
      const context = { t, ...data[index] };
      return section.render ? section.render(context) : renderPartial(section.template ?? '', context);
    });
  };
}
