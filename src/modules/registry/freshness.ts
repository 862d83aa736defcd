import { DateTime } from 'luxon';

/** Coordinators confirm their data every six months; after twelve the profile is labelled outdated. */
export const OUTDATED_AFTER_MONTHS = 12;

export interface ConfirmationFacts {
  profileCompleted: number;
  confirmedAt: string | null;
  createdAt: string;
}

/** When the data was last confirmed: the confirmation, or the registration if there was none yet. */
export function lastConfirmed(cluster: ConfirmationFacts): string {
  return cluster.confirmedAt ?? cluster.createdAt;
}

/**
 * A completed profile not confirmed for twelve months is outdated: still shown, clearly labelled.
 * A profile the coordinator never completed carries its own note instead.
 */
export function isOutdated(cluster: ConfirmationFacts, now: Date): boolean {
  if (cluster.profileCompleted !== 1) return false;
  const due = DateTime.fromISO(lastConfirmed(cluster), { zone: 'utc' }).plus({
    months: OUTDATED_AFTER_MONTHS,
  });
  return due.toMillis() < now.getTime();
}

/** Whether the "meets management standards" assessment is valid on a Warsaw calendar day. */
export function meetsStandardsOn(standardsValidUntil: string | null, day: string): boolean {
  return standardsValidUntil !== null && standardsValidUntil >= day;
}
