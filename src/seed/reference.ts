import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { clusterRecorder } from '../modules/registry/clusterRecorder.ts';
import { statusRecorder } from '../modules/statuses/statusRecorder.ts';
import { type Clock, nowIso } from '../platform/clock.ts';

// Real facts, not demo data: the seven clusters granted KKK status in round I (results of September
// 2015) and the organisations that represented them, as published on the old cluster portal. Nothing
// else about them is known here, so regions, members, document numbers and dates stay empty.
const ROUND_1_HOLDERS = [
  [
    'dolina-lotnicza',
    'Klaster Dolina Lotnicza',
    'Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego „Dolina Lotnicza”',
  ],
  ['interizon', 'Klaster Interizon', 'Fundacja Interizon'],
  ['klaster-obrobki-metali', 'Klaster Obróbki Metali', 'Centrum Promocji Innowacji i Rozwoju'],
  [
    'mazowiecki-klaster-ict',
    'Mazowiecki Klaster ICT',
    'Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza”',
  ],
  ['polski-klaster-aluminium', 'Polski Klaster Aluminium', 'City Consulting Institute Sp. z o.o.'],
  [
    'wschodni-klaster-budowlany',
    'Wschodni Klaster Budowlany',
    'Polskie Stowarzyszenie Doradcze i Konsultingowe',
  ],
  [
    'zachodniopomorski-klaster-chemiczny-zielona-chemia',
    'Zachodniopomorski Klaster Chemiczny „Zielona Chemia”',
    'Stowarzyszenie Zachodniopomorski Klaster Chemiczny „Zielona Chemia”',
  ],
] as const;

/** Loads the publicly known facts; running it again adds nothing. Returns how many records it added. */
export async function seedReference(db: Kysely<Database>, clock: Clock): Promise<number> {
  const now = nowIso(clock);
  return db.transaction().execute(async (trx) => {
    let added = 0;
    for (const [slug, name, coordinatorName] of ROUND_1_HOLDERS) {
      const cluster = await clusterRecorder(trx, { slug, name, coordinatorName, isDemo: false }, now);
      if (!cluster.created) continue;
      added += 1;
      const coordinator = await trx
        .selectFrom('clusters')
        .select('coordinatorId')
        .where('id', '=', cluster.id)
        .executeTakeFirstOrThrow();
      await statusRecorder(
        trx,
        {
          clusterId: cluster.id,
          representedById: coordinator.coordinatorId,
          roundNumber: 1,
          roundYear: 2015,
          isDemo: false,
        },
        now,
      );
    }
    return added;
  });
}
