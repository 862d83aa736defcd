import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Translate } from '../../ui/i18n/messages.ts';

/**
 * Parts other modules add to the operator's round dashboard (the assessment adds its own, under
 * `provides.roundDashboardSections` in its module.ts): each gives a heading, a few lines of text and
 * links, rendered in module order.
 */
export interface RoundDashboardSection {
  id: string;
  load: (
    db: Kysely<Database>,
    roundId: number,
    t: Translate,
  ) => Promise<{ heading: string; lines: string[]; links: { href: string; label: string }[] }>;
}

declare module '../../platform/module.ts' {
  interface Provisions {
    roundDashboardSections: RoundDashboardSection;
  }
}

/** Every provided section; one that fails is left out (and logged) so the core dashboard still shows. */
export async function loadRoundDashboardSections(
  sections: readonly RoundDashboardSection[],
  db: Kysely<Database>,
  roundId: number,
  t: Translate,
  log: { error: (data: object, message: string) => void },
) {
  const loaded = await Promise.allSettled(
    sections.map((section) => Promise.resolve().then(() => section.load(db, roundId, t))),
  );
  return loaded.flatMap((result, index) => {
    if (result.status === 'fulfilled') return [result.value];
    log.error({ err: result.reason, section: sections[index]?.id }, 'round dashboard section failed');
    return [];
  });
}
