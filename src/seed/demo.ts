import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { totpUri } from '../modules/accounts/totp.ts';
import { userCreator } from '../modules/accounts/userCreator.ts';
import { removeCalendarDemo, seedCalendarDemo } from '../modules/calendar/demo.ts';
import { removeCompetitionDemo, seedCompetitionDemo } from '../modules/competition/demo.ts';
import { CLUSTER_DOCUMENT } from '../modules/registry/clusterDocuments.ts';
import { memberCountRecalculator } from '../modules/registry/memberCountRecalculator.ts';
import { removeDocument } from '../modules/search/documents.ts';
import { STATUS_DOCUMENT } from '../modules/statuses/statusDocuments.ts';
import type { Clock } from '../platform/clock.ts';
import { seedDemoRegistry } from './demoRegistry.ts';

// Fictional, clearly labelled demo data. Every row carries is_demo = 1 and `portal seed --remove-demo`
// deletes exactly those rows, so demo data never mixes with real records.

export const DEMO_PASSWORD = 'Klastry-Demo-2026';

/**
 * The demo staff's shared TOTP key (Base32), printed by `portal start`: demo data only, never a real
 * account's. Staff roles work only with two-step verification, so a newcomer adds this key to an
 * authenticator app once and can act as the operator, every expert and the admin at once.
 */
export const DEMO_TOTP_SECRET = 'KLASTRYDEMOTOTPSECRETFORTRAINING';

/** Staff roles that need two-step verification: their demo accounts have it set up from DEMO_TOTP_SECRET. */
const STAFF_ROLES: readonly string[] = ['admin', 'operator', 'expert'];

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.klastry.example', name: 'Anna Administratorka', roles: ['admin'] },
  { email: 'operator@demo.klastry.example', name: 'Olgierd Operator', roles: ['operator'] },
  { email: 'ekspert@demo.klastry.example', name: 'Ewa Ekspertka', roles: ['expert'] },
  { email: 'ekspert2@demo.klastry.example', name: 'Edward Ewaluator', roles: ['expert'] },
  { email: 'ekspert3@demo.klastry.example', name: 'Elżbieta Oceniająca', roles: ['expert'] },
  { email: 'ekspert4@demo.klastry.example', name: 'Emil Recenzent', roles: ['expert'] },
  { email: 'koordynator@demo.klastry.example', name: 'Karol Koordynator', roles: ['coordinator'] },
  { email: 'moderator@demo.klastry.example', name: 'Monika Moderatorka', roles: ['moderator'] },
  { email: 'uzytkownik@demo.klastry.example', name: 'Urszula Użytkowniczka', roles: [] },
] as const;

/** What `portal start` prints about the demo accounts: logins, the password and the demo TOTP key. */
export function demoLoginLines(): string[] {
  return [
    `Demo accounts (password for each: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(36)} ${account.roles.join(', ') || 'user'}`),
    'Operator, expert and admin roles need two-step verification; their demo accounts have it set up',
    `with one demo TOTP key (demo data only): ${DEMO_TOTP_SECRET}`,
    'Add it to an authenticator app (Aegis, FreeOTP, Google or Microsoft Authenticator): "enter a setup',
    'key", time-based, 6 digits, every 30 s — or open or scan this URI:',
    `  ${totpUri(DEMO_TOTP_SECRET, 'demo@demo.klastry.example')}`,
    'Sign in with the password, then type the code the app shows (each code works once per account).',
  ];
}

/** Loads the demo data set unless it is already there. Returns false when nothing was added. */
/** Demo applications' PDF attachments are written under dataDir, like uploaded ones. */
export async function seedDemo(db: Kysely<Database>, clock: Clock, dataDir: string): Promise<boolean> {
  const present = await db.selectFrom('users').select('id').where('isDemo', '=', 1).executeTakeFirst();
  if (present) return false;
  await db.transaction().execute((trx) => seedDemoRegistry(trx, clock.now()));
  for (const account of DEMO_ACCOUNTS) {
    const user = await userCreator({
      db,
      clock,
      ...account,
      roles: [...account.roles],
      password: DEMO_PASSWORD,
      isDemo: true,
    });
    if (account.roles.some((role) => STAFF_ROLES.includes(role)))
      await db
        .updateTable('users')
        .set({ totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: clock.now().toISOString() })
        .where('id', '=', user.id)
        .execute();
  }
  await seedCompetitionDemo(db, clock, dataDir);
  await db.transaction().execute((trx) => seedCalendarDemo(trx, clock.now()));
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
    // Demo events may name demo clusters as organisers: they go first.
    const calendarRows = await removeCalendarDemo(trx);
    // Their search documents go with them (not counted: they are derived, not demo rows).
    for (const { id } of await demoClusters.execute()) await removeDocument(trx, CLUSTER_DOCUMENT, id);
    const demoStatuses = await trx.selectFrom('kkkStatuses').select('id').where('isDemo', '=', 1).execute();
    for (const { id } of demoStatuses) await removeDocument(trx, STATUS_DOCUMENT, id);
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
    return (
      calendarRows + competitionRows + results.reduce((sum, result) => sum + Number(result.numDeletedRows), 0)
    );
  });
}
