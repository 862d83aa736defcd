import type { Locale } from '../../platform/time.ts';
import type { ClusterListItem, ClusterProfile, Page } from './queries.ts';
import { voivodeshipName } from './voivodeships.ts';

function voivodeshipOf(code: string | null) {
  const name = voivodeshipName(code, 'pl');
  return code && name ? { code, name } : null;
}

/** The wire shape of a cluster in lists: a promise to API clients, independent of the row. */
export function presentClusterSummary(cluster: ClusterListItem, baseUrl: string) {
  return {
    slug: cluster.slug,
    name: cluster.name,
    coordinator: cluster.coordinatorName,
    voivodeship: voivodeshipOf(cluster.voivodeship),
    profile_completed: cluster.profileCompleted === 1,
    demo: cluster.isDemo === 1,
    url: `${baseUrl}/klastry/${encodeURIComponent(cluster.slug)}`,
  };
}

export interface KkkStatusFacts {
  roundNumber: number;
  roundYear: number | null;
  documentNumber: string | null;
  documentDate: string | null;
  validUntil: string | null;
}

export function presentCluster(cluster: ClusterProfile, statuses: KkkStatusFacts[], baseUrl: string) {
  return {
    ...presentClusterSummary(cluster, baseUrl),
    description: { pl: cluster.descriptionPl, en: cluster.descriptionEn },
    website: cluster.website,
    kkk_statuses: statuses.map((status) => ({
      round: status.roundNumber,
      round_year: status.roundYear,
      document_number: status.documentNumber,
      document_date: status.documentDate,
      valid_until: status.validUntil,
    })),
  };
}

export function presentClusterPage(page: Page<ClusterListItem>, baseUrl: string) {
  return {
    items: page.items.map((cluster) => presentClusterSummary(cluster, baseUrl)),
    total: page.total,
    page: page.page,
    per_page: page.perPage,
  };
}

/** What the HTML views need beyond the row: names in the visitor's language. */
export function viewVoivodeship(code: string | null, locale: Locale): string | null {
  return voivodeshipName(code, locale);
}
