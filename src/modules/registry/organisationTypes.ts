import type { Locale } from '../../platform/time.ts';

/** Kinds of member organisation, in the order a profile lists them (the triple helix first). */
export const ORGANISATION_TYPES = {
  enterprise: { pl: 'Przedsiębiorstwa', en: 'Enterprises' },
  university: { pl: 'Uczelnie', en: 'Universities' },
  research_institute: { pl: 'Instytuty badawcze', en: 'Research institutes' },
  business_support: { pl: 'Instytucje otoczenia biznesu', en: 'Business-support institutions' },
  public_administration: { pl: 'Administracja publiczna', en: 'Public administration' },
  ngo: { pl: 'Organizacje pozarządowe', en: 'Non-governmental organisations' },
  other: { pl: 'Inne organizacje', en: 'Other organisations' },
} as const;

export type OrganisationType = keyof typeof ORGANISATION_TYPES;

/** Enterprise sizes as the EU SME definition names them. */
export const ENTERPRISE_SIZES = {
  micro: { pl: 'mikro', en: 'micro' },
  small: { pl: 'małe', en: 'small' },
  medium: { pl: 'średnie', en: 'medium-sized' },
  large: { pl: 'duże', en: 'large' },
} as const;

export type EnterpriseSize = keyof typeof ENTERPRISE_SIZES;

export const ORGANISATION_TYPE_CODES = Object.keys(ORGANISATION_TYPES) as OrganisationType[];
export const ENTERPRISE_SIZE_CODES = Object.keys(ENTERPRISE_SIZES) as EnterpriseSize[];

export function organisationTypeName(type: OrganisationType, locale: Locale): string {
  return ORGANISATION_TYPES[type][locale];
}

export function enterpriseSizeName(size: EnterpriseSize, locale: Locale): string {
  return ENTERPRISE_SIZES[size][locale];
}
