import type { Generated, Insertable, Selectable } from 'kysely';

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  city: string | null;
  voivodeship: string | null;
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
  voivodeship: string | null;
  descriptionPl: string | null;
  descriptionEn: string | null;
  website: string | null;
  /** 0 while the coordinator has not completed the profile: only publicly known facts are shown. */
  profileCompleted: Generated<number>;
  isDemo: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type Cluster = Selectable<ClustersTable>;
export type NewCluster = Insertable<ClustersTable>;
