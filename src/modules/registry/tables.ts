import type { Generated, Insertable, Selectable } from 'kysely';
import type { EnterpriseSize, OrganisationType } from './organisationTypes.ts';

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  legalForm: string | null;
  /** Tax id, 10 digits with its checksum; unique where given. */
  nip: string | null;
  /** Statistical id, 9 or 14 digits; unique where given. */
  regon: string | null;
  /** Court register number, 10 digits; unique where given. */
  krs: string | null;
  address: string | null;
  city: string | null;
  /** TERYT code of the voivodeship. */
  voivodeship: string | null;
  type: OrganisationType | null;
  /** Enterprises only. */
  size: EnterpriseSize | null;
  employees: number | null;
  isDemo: Generated<number>;
  createdAt: string;
}

export interface ClustersTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** polishSortKey(name): sorts the Polish way on both engines. */
  nameSort: string;
  coordinatorId: number | null;
  /** TERYT code of the coordinator's voivodeship; the regions of activity are in clusterRegions. */
  voivodeship: string | null;
  descriptionPl: string | null;
  descriptionEn: string | null;
  website: string | null;
  /** Calendar dates (YYYY-MM-DD). */
  foundedOn: string | null;
  formalisedOn: string | null;
  contactPerson: string | null;
  email: string | null;
  phone: string | null;
  offerPl: string | null;
  offerEn: string | null;
  needsPl: string | null;
  needsEn: string | null;
  /** searchableText(name, coordinator, city, descriptions): kept by searchTextRefresher, never typed. */
  searchText: Generated<string>;
  /** Current members (memberships not left): kept by memberCountRecalculator, never typed. */
  memberCount: Generated<number>;
  /** The "meets cluster-management standards" category: the assessment's date and end of validity. */
  standardsAssessedOn: string | null;
  standardsValidUntil: string | null;
  /** When the coordinator last confirmed the data (the half-yearly update). */
  confirmedAt: string | null;
  /** Only 'published' clusters are public; the registration workflow adds the other states. */
  status: Generated<string>;
  /** 0 while the coordinator has not completed the profile: only publicly known facts are shown. */
  profileCompleted: Generated<number>;
  isDemo: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface MembershipsTable {
  id: Generated<number>;
  clusterId: number;
  organisationId: number;
  /** Calendar dates; a membership with leftOn set is a former one. */
  joinedOn: string | null;
  leftOn: string | null;
}

export interface ClusterIndustriesTable {
  clusterId: number;
  /** A code from industries.ts. */
  industry: string;
}

export interface ClusterKisTable {
  clusterId: number;
  /** A code from kis.ts. */
  kis: string;
}

export interface ClusterRegionsTable {
  clusterId: number;
  /** TERYT code of a voivodeship the cluster is active in. */
  voivodeship: string;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type Cluster = Selectable<ClustersTable>;
export type NewCluster = Insertable<ClustersTable>;
export type NewMembership = Insertable<MembershipsTable>;

export type TeamRole = 'owner' | 'editor';

/** Who may edit a cluster's profile: the owner who registered it and the editors the owner added. */
export interface ClusterEditorsTable {
  clusterId: number;
  userId: number;
  role: TeamRole;
  addedBy: number | null;
  createdAt: string;
}
