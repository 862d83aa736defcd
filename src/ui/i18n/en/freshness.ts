import type { freshness as pl } from '../pl/freshness.ts';

/** English texts of the half-yearly confirmation of a cluster's data. */
export const freshness: Record<keyof typeof pl, string> = {
  'freshness.heading': 'Data up to date',
  'freshness.lastConfirmed': "The cluster's data was last confirmed on {date}.",
  'freshness.explanation':
    'Every six months we ask you to confirm that the data is current; a profile not confirmed for a year is labelled outdated.',
  'freshness.confirm': 'I confirm the data is current',
  'freshness.notice.confirmed': "Thank you — the cluster's data is confirmed as current.",
};
