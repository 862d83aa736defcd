import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { warsawDate } from '../../platform/time.ts';
import { statusesOfCluster } from '../statuses/queries.ts';
import { isOutdated, meetsStandardsOn } from './freshness.ts';
import {
  ENTERPRISE_SIZE_CODES,
  type EnterpriseSize,
  ORGANISATION_TYPE_CODES,
  type OrganisationType,
} from './organisationTypes.ts';
import {
  type ClusterCodes,
  type ClusterProfile,
  clusterCodes,
  currentMembers,
  findClusterBySlug,
  type MemberRow,
} from './queries.ts';

export interface KkkStatusView {
  roundNumber: number;
  roundYear: number | null;
  documentNumber: string | null;
  documentDate: string | null;
  validUntil: string | null;
  /** Valid on the day: known end of validity, not yet past. */
  current: boolean;
}

export interface MemberGroup {
  type: OrganisationType;
  members: MemberRow[];
}

/** Counts derived from the member list, never entered: by type, and enterprises by size. */
export interface MemberBreakdown {
  groups: MemberGroup[];
  byType: Record<OrganisationType, number>;
  enterprisesBySize: Record<EnterpriseSize | 'unknown', number>;
}

/** Everything a profile shows (page and API alike), with what is derived from it on the day. */
export interface ClusterProfileModel {
  cluster: ClusterProfile;
  codes: ClusterCodes;
  members: MemberRow[];
  breakdown: MemberBreakdown;
  statuses: KkkStatusView[];
  holdsKkk: boolean;
  meetsStandards: boolean;
  outdated: boolean;
  today: string;
}

/** Groups members by type (a member of unknown type counts as "other") and counts enterprises by size. */
export function memberBreakdown(members: readonly MemberRow[]): MemberBreakdown {
  const byType = Object.fromEntries(ORGANISATION_TYPE_CODES.map((type) => [type, 0])) as Record<
    OrganisationType,
    number
  >;
  const enterprisesBySize = Object.fromEntries(
    [...ENTERPRISE_SIZE_CODES, 'unknown'].map((size) => [size, 0]),
  ) as MemberBreakdown['enterprisesBySize'];
  const grouped = new Map<OrganisationType, MemberRow[]>();
  for (const member of members) {
    const type = member.type ?? 'other';
    byType[type] += 1;
    grouped.set(type, [...(grouped.get(type) ?? []), member]);
    if (type === 'enterprise') enterprisesBySize[member.size ?? 'unknown'] += 1;
  }
  const groups = ORGANISATION_TYPE_CODES.flatMap((type) => {
    const inGroup = grouped.get(type);
    return inGroup ? [{ type, members: inGroup }] : [];
  });
  return { groups, byType, enterprisesBySize };
}

/** A published cluster's profile as of now, or undefined when there is none at that address. */
export async function loadClusterProfile(
  db: Kysely<Database>,
  slug: string,
  now: Date,
): Promise<ClusterProfileModel | undefined> {
  const cluster = await findClusterBySlug(db, slug);
  if (!cluster) return undefined;
  const today = warsawDate(now);
  const [codes, members, statuses] = await Promise.all([
    clusterCodes(db, cluster.id),
    currentMembers(db, cluster.id),
    statusesOfCluster(db, cluster.id),
  ]);
  const statusViews = statuses.map((status) => ({
    ...status,
    current: status.validUntil !== null && status.validUntil >= today,
  }));
  return {
    cluster,
    codes,
    members,
    breakdown: memberBreakdown(members),
    statuses: statusViews,
    holdsKkk: statusViews.some((status) => status.current),
    meetsStandards: meetsStandardsOn(cluster.standardsValidUntil, today),
    outdated: isOutdated(cluster, now),
    today,
  };
}
