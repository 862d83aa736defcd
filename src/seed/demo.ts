import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { userCreator } from '../modules/accounts/userCreator.ts';
import { removeCompetitionDemo, seedCompetitionDemo } from '../modules/competition/demo.ts';
import { CLUSTER_DOCUMENT } from '../modules/registry/clusterDocuments.ts';
import { memberCountRecalculator } from '../modules/registry/memberCountRecalculator.ts';
import { removeDocument } from '../modules/search/documents.ts';
import type { Clock } from '../platform/clock.ts';
import { seedDemoRegistry } from './demo-registry.ts';

// Fictional, clearly labelled demo data. Every row carries is_demo = 1 and `portal seed --remove-demo`
// deletes exactly those rows, so demo data never mixes with real records.

export const DEMO_PASSWORD = 'Klastry-Demo-2026';

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.klastry.example', name: 'Anna Administratorka', roles: ['admin'] },
  { email: 'operator@demo.klastry.example', name: 'Olgierd Operator', roles: ['operator'] },
  { email: 'ekspert@demo.klastry.example', name: 'Ewa Ekspertka', roles: ['expert'] },
  { email: 'koordynator@demo.klastry.example', name: 'Karol Koordynator', roles: ['coordinator'] },
  { email: 'moderator@demo.klastry.example', name: 'Monika Moderatorka', roles: ['moderator'] },
  { email: 'uzytkownik@demo.klastry.example', name: 'Urszula Użytkowniczka', roles: [] },
] as const;

/** Loads the demo data set unless it is already there. Returns false when nothing was added. */
/** Demo applications' PDF attachments are written under dataDir, like uploaded ones. */
export async function seedDemo(db: Kysely<Database>, clock: Clock, dataDir: string): Promise<boolean> {
  const present = await db.selectFrom('users').select('id').where('isDemo', '=', 1).executeTakeFirst();
  if (present) return false;
  await db.transaction().execute((trx) => seedDemoRegistry(trx, clock.now()));
  for (const account of DEMO_ACCOUNTS) {
    await userCreator({
      db,
      clock,
      ...account,
      roles: [...account.roles],
      password: DEMO_PASSWORD,
      isDemo: true,
    });
  }
  await seedCompetitionDemo(db, clock, dataDir);
  return true;
}

/** Deletes every demo row, children before parents, in one transaction. Returns how many went. */
export async function removeDemo(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const demoUsers = trx.selectFrom('users').select('id').where('isDemo', '=', 1);
    const demoClusters = trx.selectFrom('clusters').select('id').where('isDemo', '=', 1);
    const demoOrganisations = trx.selectFrom('organisations').select('id').where('isDemo', '=', 1);
    // Real clusters that had a demo organisation among their members get their count again below.
    const touched = await trx
      .selectFrom('memberships')
      .innerJoin('clusters', 'clusters.id', 'memberships.clusterId')
      .select('clusters.id')
      .distinct()
      .where('clusters.isDemo', '=', 0)
      .where('memberships.organisationId', 'in', demoOrganisations)
      .execute();
    const competitionRows = await removeCompetitionDemo(trx);
    // Their search documents go with them (not counted: they are derived, not demo rows).
    for (const { id } of await demoClusters.execute()) await removeDocument(trx, CLUSTER_DOCUMENT, id);
    const results = [
      await trx.deleteFrom('userRoles').where('userId', 'in', demoUsers).executeTakeFirst(),
      await trx.deleteFrom('users').where('isDemo', '=', 1).executeTakeFirst(),
      await trx
        .deleteFrom('memberships')
        .where((eb) =>
          eb.or([eb('clusterId', 'in', demoClusters), eb('organisationId', 'in', demoOrganisations)]),
        )
        .executeTakeFirst(),
      await trx.deleteFrom('clusterIndustries').where('clusterId', 'in', demoClusters).executeTakeFirst(),
      await trx.deleteFrom('clusterKis').where('clusterId', 'in', demoClusters).executeTakeFirst(),
      await trx.deleteFrom('clusterRegions').where('clusterId', 'in', demoClusters).executeTakeFirst(),
      await trx.deleteFrom('kkkStatuses').where('isDemo', '=', 1).executeTakeFirst(),
      await trx.deleteFrom('clusters').where('isDemo', '=', 1).executeTakeFirst(),
      await trx.deleteFrom('organisations').where('isDemo', '=', 1).executeTakeFirst(),
      await trx.deleteFrom('pages').where('isDemo', '=', 1).executeTakeFirst(),
    ];
    await memberCountRecalculator({ db: trx, clusterIds: touched.map((row) => row.id) });
    return competitionRows + results.reduce((sum, result) => sum + Number(result.numDeletedRows), 0);
  });
}
