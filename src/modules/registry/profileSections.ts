import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Locale } from '../../platform/time.ts';
import type { Translate } from '../../ui/i18n/messages.ts';

/**
 * Parts other modules add to a cluster's public profile (the calendar adds the cluster's events, under
 * `provides.clusterProfileSections` in its module.ts): each gives a heading and a list of links, or null
 * to show nothing, rendered in module order below the profile.
 */
export interface ClusterProfileSection {
  id: string;
  load: (
    db: Kysely<Database>,
    cluster: { id: number; slug: string },
    context: { t: Translate; locale: Locale; now: Date },
  ) => Promise<{
    heading: string;
    items: { href: string; label: string; meta: string }[];
    more?: { href: string; label: string };
  } | null>;
}

declare module '../../platform/module.ts' {
  interface Provisions {
    clusterProfileSections: ClusterProfileSection;
  }
}

/** Every provided section that has something to show; one that fails is left out (and logged). */
export async function loadClusterProfileSections(
  sections: readonly ClusterProfileSection[],
  db: Kysely<Database>,
  cluster: { id: number; slug: string },
  context: { t: Translate; locale: Locale; now: Date },
  log: { error: (data: object, message: string) => void },
) {
  const loaded = await Promise.allSettled(
    sections.map((section) => Promise.resolve().then(() => section.load(db, cluster, context))),
  );
  return loaded.flatMap((result, index) => {
    if (result.status === 'fulfilled') return result.value ? [result.value] : [];
    log.error({ err: result.reason, section: sections[index]?.id }, 'cluster profile section failed');
    return [];
  });
}
