import type { Generated, Insertable, Selectable } from 'kysely';

export interface KkkStatusesTable {
  id: Generated<number>;
  clusterId: number;
  /** The organisation that represented the cluster ("reprezentowany przez …"). */
  representedById: number | null;
  roundNumber: number;
  roundYear: number | null;
  documentNumber: string | null;
  /** Calendar dates (YYYY-MM-DD) in Europe/Warsaw; null where not known. */
  documentDate: string | null;
  validUntil: string | null;
  isDemo: Generated<number>;
  createdAt: string;
}

export type KkkStatus = Selectable<KkkStatusesTable>;
export type NewKkkStatus = Insertable<KkkStatusesTable>;
