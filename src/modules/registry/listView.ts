import { sortByLabel } from '../../platform/formats.ts';
import type { Locale } from '../../platform/time.ts';
import type { Translate } from '../../ui/i18n/messages.ts';
import type { ListPageValues } from './clusterFilters.ts';
import type { ClusterListItem, Facets } from './clusterSearch.ts';
import { isOutdated, meetsStandardsOn } from './freshness.ts';
import { INDUSTRY_CODES, industryName } from './industries.ts';
import { voivodeshipName, voivodeshipOptions } from './voivodeships.ts';

export interface Option {
  value: string;
  label: string;
}

interface ViewContext {
  t: Translate;
  locale: Locale;
}

const withCount = (label: string, count: number) => `${label} (${count})`;

/** The options of the filter form, each with the number of clusters it would give. */
export function filterOptions(facets: Facets, { t, locale }: ViewContext) {
  const industries = sortByLabel(
    INDUSTRY_CODES.map((code) => ({
      value: code,
      label: withCount(industryName(code, locale) ?? code, facets.industries.get(code) ?? 0),
    })),
    locale,
  );
  const voivodeships = voivodeshipOptions(locale).map(({ value, label }) => ({
    value,
    label: withCount(label, facets.voivodeships.get(value) ?? 0),
  }));
  return {
    industries: [{ value: '', label: t('registry.filters.anyIndustry') }, ...industries] as Option[],
    voivodeships: [{ value: '', label: t('registry.filters.anyVoivodeship') }, ...voivodeships] as Option[],
    categories: [
      {
        value: 'registered',
        label: withCount(t('registry.category.registered'), facets.categories.registered),
      },
      { value: 'standards', label: withCount(t('registry.category.standards'), facets.categories.standards) },
      { value: 'kkk', label: withCount(t('registry.category.kkk'), facets.categories.kkk) },
    ] as Option[],
    sorts: [
      { value: 'name', label: t('registry.sort.name') },
      { value: 'members', label: t('registry.sort.members') },
      { value: 'newest', label: t('registry.sort.newest') },
    ] as Option[],
  };
}

/** One cluster as the list shows it. */
export function listItemView(cluster: ClusterListItem, today: string, now: Date, { locale }: ViewContext) {
  const voivodeship = voivodeshipName(cluster.voivodeship, locale);
  return {
    slug: cluster.slug,
    name: cluster.name,
    coordinatorName: cluster.coordinatorName,
    place: [cluster.city, voivodeship].filter(Boolean).join(', '),
    industries: cluster.industries.map((code) => industryName(code, locale) ?? code),
    // A profile the coordinator never completed has no member list: no count rather than a false 0.
    memberCount: cluster.profileCompleted === 1 ? cluster.memberCount : null,
    kkk: cluster.kkk,
    standards: meetsStandardsOn(cluster.standardsValidUntil, today),
    demo: cluster.isDemo === 1,
    incomplete: cluster.profileCompleted !== 1,
    outdated: isOutdated(cluster, now),
  };
}

/** The chosen filters with any value that could not be used left out, for building links. */
export function usableValues(values: ListPageValues, errors: Record<string, unknown>): ListPageValues {
  const usable = { ...values };
  for (const name of Object.keys(errors)) if (name in usable) usable[name as keyof ListPageValues] = '';
  return usable;
}
