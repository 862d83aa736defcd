import type { Locale } from '../../platform/time.ts';
import type { ClusterProfileModel } from './clusterProfile.ts';
import { lastConfirmed } from './freshness.ts';
import { industryName } from './industries.ts';
import { kisName } from './kis.ts';
import { ENTERPRISE_SIZE_CODES, enterpriseSizeName, organisationTypeName } from './organisationTypes.ts';
import { voivodeshipName } from './voivodeships.ts';

const pick = (locale: Locale, pl: string | null, en: string | null) => (locale === 'en' ? (en ?? pl) : pl);

/** Only web addresses become links; anything else is shown as text. */
const httpUrl = (value: string | null) => (value && /^https?:\/\/[^\s"<>]+$/i.test(value) ? value : null);

/** A dialable tel: target from a written number ("+48 58 123 45 67" → "+48581234567"). */
const telHref = (phone: string | null) => {
  const digits = phone?.replace(/[^\d+]/g, '') ?? '';
  return /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : null;
};

/** What the profile page shows, in the visitor's language. */
export function profileView(profile: ClusterProfileModel, locale: Locale) {
  const { cluster, codes, breakdown } = profile;
  const completed = cluster.profileCompleted === 1;
  return {
    slug: cluster.slug,
    name: cluster.name,
    demo: cluster.isDemo === 1,
    completed,
    outdated: profile.outdated,
    lastConfirmed: lastConfirmed(cluster),
    coordinator: cluster.coordinatorName,
    place: [cluster.coordinatorCity, voivodeshipName(cluster.voivodeship, locale)].filter(Boolean).join(', '),
    regions: codes.regions.flatMap((code) => voivodeshipName(code, locale) ?? []),
    industries: codes.industries.map((code) => industryName(code, locale) ?? code),
    kis: codes.kis.map((code) => kisName(code, locale) ?? code),
    foundedOn: cluster.foundedOn,
    formalisedOn: cluster.formalisedOn,
    description: pick(locale, cluster.descriptionPl, cluster.descriptionEn),
    offer: pick(locale, cluster.offerPl, cluster.offerEn),
    needs: pick(locale, cluster.needsPl, cluster.needsEn),
    contact: {
      person: cluster.contactPerson,
      email: cluster.email,
      phone: cluster.phone,
      phoneHref: telHref(cluster.phone),
      website: cluster.website,
      websiteHref: httpUrl(cluster.website),
    },
    standards: {
      assessedOn: cluster.standardsAssessedOn,
      validUntil: cluster.standardsValidUntil,
      current: profile.meetsStandards,
    },
    statuses: profile.statuses,
    holdsKkk: profile.holdsKkk,
    memberCount: cluster.memberCount,
    groups: breakdown.groups.map((group) => ({
      type: group.type,
      label: organisationTypeName(group.type, locale),
      members: group.members.map((member) => ({
        name: member.name,
        place: [member.city, voivodeshipName(member.voivodeship, locale)].filter(Boolean).join(', '),
        size: member.size ? enterpriseSizeName(member.size, locale) : null,
      })),
    })),
    sizes: ENTERPRISE_SIZE_CODES.map((size) => ({
      label: enterpriseSizeName(size, locale),
      count: breakdown.enterprisesBySize[size],
    })),
    unknownSize: breakdown.enterprisesBySize.unknown,
  };
}

export type ProfileView = ReturnType<typeof profileView>;
