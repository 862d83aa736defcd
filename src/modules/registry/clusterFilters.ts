import type { MessageKey } from '../../ui/i18n/messages.ts';
import { type IndustryCode, isIndustryCode } from './industries.ts';
import { VOIVODESHIPS, type VoivodeshipCode } from './voivodeships.ts';

/** The three categories of the old Mapa Klastrów: every published cluster is registered. */
export const CATEGORIES = ['registered', 'standards', 'kkk'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SORTS = ['name', 'members', 'newest'] as const;
export type ClusterSort = (typeof SORTS)[number];

/** What narrows the public list; the same for the page, the API and the exports. */
export interface ClusterFilters {
  /** Free text, folded before it is searched. */
  q?: string;
  industry?: IndustryCode;
  voivodeship?: VoivodeshipCode;
  /** 'registered' narrows nothing: every published cluster is registered. */
  category?: Category;
  /** A member count range leaves out profiles not completed: their number of members is not known. */
  membersMin?: number;
  membersMax?: number;
}

export type Facet = 'industry' | 'voivodeship' | 'category';

export const MAX_QUERY_LENGTH = 200;
const MAX_MEMBERS = 1_000_000;

export function isVoivodeshipCode(value: string): value is VoivodeshipCode {
  return Object.hasOwn(VOIVODESHIPS, value);
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function isSort(value: string): value is ClusterSort {
  return (SORTS as readonly string[]).includes(value);
}

/** The list page's query, in the page's own (Polish) parameter names. */
export interface ListPageQuery {
  q?: string;
  branza?: string;
  wojewodztwo?: string;
  kategoria?: string;
  czlonkowie_od?: string;
  czlonkowie_do?: string;
  sortuj?: string;
  strona?: number;
}

/** The form's fields as the visitor sent them (trimmed), to show again and to build links from. */
export type ListPageValues = Required<Omit<ListPageQuery, 'strona'>>;

export interface ListPageForm {
  values: ListPageValues;
  /** Field name → message key for a value that could not be used (and was left out). */
  errors: Record<string, MessageKey>;
  filters: ClusterFilters;
  sort: ClusterSort;
}

/** Reads the list page's filters; a value it cannot use is reported at its field and left out. */
export function readListPage(query: ListPageQuery): ListPageForm {
  const values: ListPageValues = {
    q: query.q?.trim() ?? '',
    branza: query.branza?.trim() ?? '',
    wojewodztwo: query.wojewodztwo?.trim() ?? '',
    kategoria: query.kategoria?.trim() ?? '',
    czlonkowie_od: query.czlonkowie_od?.trim() ?? '',
    czlonkowie_do: query.czlonkowie_do?.trim() ?? '',
    sortuj: query.sortuj?.trim() ?? '',
  };
  const errors: Record<string, MessageKey> = {};
  const filters: ClusterFilters = {};
  if (values.q) filters.q = values.q;
  if (values.branza) {
    if (isIndustryCode(values.branza)) filters.industry = values.branza;
    else errors.branza = 'registry.filters.unknownIndustry';
  }
  if (values.wojewodztwo) {
    if (isVoivodeshipCode(values.wojewodztwo)) filters.voivodeship = values.wojewodztwo;
    else errors.wojewodztwo = 'registry.filters.unknownVoivodeship';
  }
  if (values.kategoria) {
    if (isCategory(values.kategoria)) filters.category = values.kategoria;
    else errors.kategoria = 'registry.filters.unknownCategory';
  }
  const min = readCount(values.czlonkowie_od);
  const max = readCount(values.czlonkowie_do);
  if (min === null) errors.czlonkowie_od = 'registry.filters.membersFromInvalid';
  else if (min !== undefined) filters.membersMin = min;
  if (max === null) errors.czlonkowie_do = 'registry.filters.membersToInvalid';
  else if (max !== undefined && typeof min === 'number' && max < min)
    errors.czlonkowie_do = 'registry.filters.rangeReversed';
  else if (max !== undefined) filters.membersMax = max;
  let sort: ClusterSort = 'name';
  if (values.sortuj) {
    if (isSort(values.sortuj)) sort = values.sortuj;
    else errors.sortuj = 'registry.filters.unknownSort';
  }
  return { values, errors, filters, sort };
}

/** A whole number of members, undefined when empty, null when it is not one. */
function readCount(text: string): number | undefined | null {
  if (text === '') return undefined;
  if (!/^\d{1,7}$/.test(text)) return null;
  const count = Number(text);
  return count <= MAX_MEMBERS ? count : null;
}

/**
 * The canonical query string of the list page's filters: empty and default values left out, in a
 * fixed order, so one selection has one URL (shareable, and one copy in the page cache).
 */
export function listPageQuery(
  values: ListPageValues,
  page = 1,
  omit: readonly (keyof ListPageValues)[] = [],
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values) as [keyof ListPageValues, string][]) {
    if (value === '' || omit.includes(name)) continue;
    if (name === 'kategoria' && value === 'registered') continue;
    if (name === 'sortuj' && value === 'name') continue;
    params.set(name, value);
  }
  if (page > 1) params.set('strona', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The same filters in the API's parameter names, for the export links. */
export function apiQuery(filters: ClusterFilters, sort: ClusterSort): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.industry) params.set('industry', filters.industry);
  if (filters.voivodeship) params.set('voivodeship', filters.voivodeship);
  if (filters.category && filters.category !== 'registered') params.set('category', filters.category);
  if (filters.membersMin !== undefined) params.set('members_min', String(filters.membersMin));
  if (filters.membersMax !== undefined) params.set('members_max', String(filters.membersMax));
  if (sort !== 'name') params.set('sort', sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}
