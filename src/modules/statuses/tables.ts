import type { Generated, Insertable, Selectable } from 'kysely';

export const STATUS_STATES = ['active', 'expired', 'revoked'] as const;
export type StatusState = (typeof STATUS_STATES)[number];

/** The national KKK programme; a voivodeship's regional programme has a key of its own. */
export const NATIONAL_PROGRAMME = 'kkk';

export interface KkkStatusesTable {
  id: Generated<number>;
  clusterId: number;
  /** The organisation that represented the cluster ("reprezentowany przez …"). */
  representedById: number | null;
  programme: Generated<string>;
  /** The competition round it was granted in, where the competition module knows it (no foreign key). */
  roundId: number | null;
  roundNumber: number;
  roundYear: number | null;
  documentNumber: string | null;
  /** Calendar dates (YYYY-MM-DD) in Europe/Warsaw; null where not known. */
  documentDate: string | null;
  validUntil: string | null;
  /** Stored state: `expired` once the expiry job has flipped it, `revoked` by an operator. */
  state: Generated<StatusState>;
  expiredAt: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
  revokedBy: number | null;
  sixMonthReminderAt: string | null;
  threeMonthReminderAt: string | null;
  /** The unguessable code printed on the certificate (URL-safe, 192 bits). */
  verificationCode: string | null;
  isDemo: Generated<number>;
  createdAt: string;
}

export type KkkStatus = Selectable<KkkStatusesTable>;
export type NewKkkStatus = Insertable<KkkStatusesTable>;
