import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { clusterRecorder } from '../modules/registry/clusterRecorder.ts';
import { statusRecorder } from '../modules/statuses/statusRecorder.ts';
import { type Clock, nowIso } from '../platform/clock.ts';

interface HistoricalRound {
  roundNumber: number;
  roundYear: number;
  /** A fixed end of validity where the round had one; otherwise unknown (no document date is known). */
  validUntil: string | null;
  /** Slug and name as published; who represented them is not confirmed, so nobody is named. */
  holders: readonly (readonly [slug: string, name: string])[];
}

// Real facts, not demo data (see shared DOMAIN.md §3). Round II: the nine holders presented at the
// gala of 25 October 2016. Round V (2021): holders valid until 31 December 2024. Document numbers and
// dates and the representing organisations are not known and stay empty. Round I is loaded with its
// representing organisations by the reference seed (seedReference), which runs first.
export const HISTORICAL_ROUNDS: readonly HistoricalRound[] = [
  {
    roundNumber: 2,
    roundYear: 2016,
    validUntil: null,
    holders: [
      ['klaster-lifescience-krakow', 'Klaster LifeScience Kraków'],
      ['medsilesia', 'MedSilesia'],
      ['nutribiomed', 'NUTRIBIOMED'],
      ['slaski-klaster-lotniczy', 'Śląski Klaster Lotniczy'],
      ['wschodni-klaster-ict', 'Wschodni Klaster ICT'],
      ['klaster-gospodarki-odpadowej-i-recyklingu', 'Klaster Gospodarki Odpadowej i Recyklingu'],
      ['klaster-zrownowazona-infrastruktura', 'Klaster Zrównoważona Infrastruktura'],
      [
        'klaster-logistyczno-transportowy-polnoc-poludnie',
        'Klaster Logistyczno-Transportowy Północ-Południe',
      ],
      ['bydgoski-klaster-przemyslowy', 'Bydgoski Klaster Przemysłowy'],
    ],
  },
  {
    roundNumber: 5,
    roundYear: 2021,
    validUntil: '2024-12-31',
    holders: [
      ['dolina-lotnicza', 'Klaster Dolina Lotnicza'],
      ['klaster-obrobki-metali', 'Klaster Obróbki Metali'],
      ['mazowiecki-klaster-ict', 'Mazowiecki Klaster ICT'],
      ['polski-klaster-budowlany', 'Polski Klaster Budowlany'],
      ['nutribiomed', 'NUTRIBIOMED'],
      ['medsilesia', 'MedSilesia'],
      ['polski-klaster-technologii-kompozytowych', 'Polski Klaster Technologii Kompozytowych'],
      ['klaster-fotoniki-i-swiatlowodow', 'Klaster Fotoniki i Światłowodów'],
    ],
  },
];

/**
 * Loads the known holders of rounds II and V as historical statuses. A cluster already in the registry
 * (round I's Dolina Lotnicza, or one a coordinator registered) is reused by its slug, never duplicated.
 * Running it again adds nothing; returns how many statuses it added.
 */
export async function historicalStatusesLoader(trx: Transaction<Database>, now: string): Promise<number> {
  let added = 0;
  for (const round of HISTORICAL_ROUNDS) {
    for (const [slug, name] of round.holders) {
      const cluster = await clusterRecorder(trx, { slug, name, coordinatorName: null, isDemo: false }, now);
      const recorded = await statusRecorder(
        trx,
        {
          clusterId: cluster.id,
          representedById: null,
          roundNumber: round.roundNumber,
          roundYear: round.roundYear,
          validUntil: round.validUntil,
          isDemo: false,
        },
        now,
      );
      if (recorded) added += 1;
    }
  }
  return added;
}

/** Loads the KKK history of rounds II and V in one transaction; running it again adds nothing. */
export async function seedKkkHistory(db: Kysely<Database>, clock: Clock): Promise<number> {
  const now = nowIso(clock);
  return db.transaction().execute((trx) => historicalStatusesLoader(trx, now));
}
