import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../../platform/time.ts';
import type { Translate } from '../../ui/i18n/messages.ts';

/** What a section says: a heading, a few sentences and links (rendered as a summary on the page). */
export interface SectionContent {
  heading: string;
  lines: string[];
  links: { href: string; label: string }[];
}

/**
 * Parts other modules add to an application's page for its team (the assessment adds the decision:
 * the results page, the certificate, the appeal form and its deadline), under
 * `provides.applicationDecisionSections` in their module.ts. A section with nothing to say gives null.
 */
export interface ApplicationDecisionSection {
  id: string;
  load: (
    db: Kysely<Database>,
    applicationId: number,
    view: { t: Translate; locale: Locale; now: Date },
  ) => Promise<SectionContent | null>;
}

declare module '../../platform/module.ts' {
  interface Provisions {
    applicationDecisionSections: ApplicationDecisionSection;
  }
}

/** Every provided section that has something to say; one that fails is left out (and logged). */
export async function loadApplicationDecisionSections(
  sections: readonly ApplicationDecisionSection[],
  db: Kysely<Database>,
  applicationId: number,
  view: { t: Translate; locale: Locale; now: Date },
  log: { error: (data: object, message: string) => void },
): Promise<SectionContent[]> {
  const loaded = await Promise.allSettled(
    sections.map((section) => Promise.resolve().then(() => section.load(db, applicationId, view))),
  );
  return loaded.flatMap((result, index) => {
    if (result.status === 'fulfilled') return result.value ? [result.value] : [];
    log.error({ err: result.reason, section: sections[index]?.id }, 'application decision section failed');
    return [];
  });
}
