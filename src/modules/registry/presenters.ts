import type { Locale } from '../../platform/time.ts';
import type { Category } from './clusterFilters.ts';
import type { ClusterProfileModel } from './clusterProfile.ts';
import type { ClusterListItem, Page } from './clusterSearch.ts';
import { isOutdated, meetsStandardsOn } from './freshness.ts';
import { industryName } from './industries.ts';
import { kisName } from './kis.ts';
import { voivodeshipName } from './voivodeships.ts';

// The wire shapes of the registry: a promise to API clients, independent of the rows. Names of
// codes are given in the caller's language (Accept-Language; Polish by default); the codes
// themselves are stable.

function voivodeshipOf(code: string | null, locale: Locale = 'pl') {
  const name = voivodeshipName(code, locale);
  return code && name ? { code, name } : null;
}

function named(
  codes: readonly string[],
  name: (code: string, locale: Locale) => string | null,
  locale: Locale = 'pl',
) {
  return codes.map((code) => ({ code, name: name(code, locale) ?? code }));
}

function categoriesOf(kkk: boolean, standards: boolean): Category[] {
  return ['registered', ...(standards ? ['standards' as const] : []), ...(kkk ? ['kkk' as const] : [])];
}

const profileUrl = (baseUrl: string, slug: string) => `${baseUrl}/klastry/${encodeURIComponent(slug)}`;

/** A cluster in lists and exports. */
export function presentClusterSummary(
  cluster: ClusterListItem,
  context: { today: string; now: Date; baseUrl: string; locale?: Locale },
) {
  const completed = cluster.profileCompleted === 1;
  return {
    id: cluster.id,
    slug: cluster.slug,
    name: cluster.name,
    coordinator: cluster.coordinatorName,
    voivodeship: voivodeshipOf(cluster.voivodeship, context.locale),
    city: cluster.city,
    industries: named(cluster.industries, industryName, context.locale),
    member_count: completed ? cluster.memberCount : null,
    categories: categoriesOf(cluster.kkk, meetsStandardsOn(cluster.standardsValidUntil, context.today)),
    profile_completed: completed,
    outdated: isOutdated(cluster, context.now),
    demo: cluster.isDemo === 1,
    url: profileUrl(context.baseUrl, cluster.slug),
  };
}

export function presentClusterPage(
  page: Page<ClusterListItem>,
  context: { today: string; now: Date; baseUrl: string; locale?: Locale },
) {
  return {
    items: page.items.map((cluster) => presentClusterSummary(cluster, context)),
    total: page.total,
    page: page.page,
    per_page: page.perPage,
  };
}

/** One cluster's whole public profile. */
export function presentCluster(profile: ClusterProfileModel, baseUrl: string, locale: Locale = 'pl') {
  const { cluster, codes, breakdown } = profile;
  const completed = cluster.profileCompleted === 1;
  return {
    id: cluster.id,
    slug: cluster.slug,
    name: cluster.name,
    coordinator: cluster.coordinatorName,
    voivodeship: voivodeshipOf(cluster.voivodeship, locale),
    city: cluster.coordinatorCity,
    industries: named(codes.industries, industryName, locale),
    member_count: completed ? cluster.memberCount : null,
    categories: categoriesOf(profile.holdsKkk, profile.meetsStandards),
    profile_completed: completed,
    outdated: profile.outdated,
    demo: cluster.isDemo === 1,
    url: profileUrl(baseUrl, cluster.slug),
    description: { pl: cluster.descriptionPl, en: cluster.descriptionEn },
    website: cluster.website,
    founded_on: cluster.foundedOn,
    formalised_on: cluster.formalisedOn,
    kis: named(codes.kis, kisName, locale),
    regions: codes.regions.flatMap((code) => voivodeshipOf(code, locale) ?? []),
    contact: { person: cluster.contactPerson, email: cluster.email, phone: cluster.phone },
    offer: { pl: cluster.offerPl, en: cluster.offerEn },
    needs: { pl: cluster.needsPl, en: cluster.needsEn },
    standards:
      cluster.standardsAssessedOn || cluster.standardsValidUntil
        ? {
            assessed_on: cluster.standardsAssessedOn,
            valid_until: cluster.standardsValidUntil,
            current: profile.meetsStandards,
          }
        : null,
    kkk_statuses: profile.statuses.map((status) => ({
      round: status.roundNumber,
      round_year: status.roundYear,
      document_number: status.documentNumber,
      document_date: status.documentDate,
      valid_until: status.validUntil,
      current: status.current,
    })),
    confirmed_at: cluster.confirmedAt,
    members_by_type: completed ? breakdown.byType : null,
    enterprises_by_size: completed ? breakdown.enterprisesBySize : null,
    members: completed
      ? profile.members.map((member) => ({
          name: member.name,
          type: member.type,
          size: member.size,
          city: member.city,
          voivodeship: voivodeshipOf(member.voivodeship, locale),
          joined_on: member.joinedOn,
        }))
      : null,
  };
}
