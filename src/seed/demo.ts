import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { userCreator } from '../modules/accounts/userCreator.ts';
import { clusterRecorder } from '../modules/registry/clusterRecorder.ts';
import { type Clock, nowIso } from '../platform/clock.ts';

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

const DEMO_CLUSTERS = [
  {
    slug: 'demo-baltycki-klaster-technologii-morskich',
    name: 'Bałtycki Klaster Technologii Morskich',
    coordinatorName: 'Fundacja Morskie Innowacje (demo)',
    voivodeship: '22',
    city: 'Gdynia',
    descriptionPl:
      'Przykładowy klaster stoczni, portów i uczelni morskich współpracujących przy budowie statków bezemisyjnych.',
    descriptionEn:
      'A sample cluster of shipyards, ports and maritime universities working on zero-emission ships.',
  },
  {
    slug: 'demo-lodzki-klaster-mody-i-tekstyliow',
    name: 'Łódzki Klaster Mody i Tekstyliów',
    coordinatorName: 'Stowarzyszenie Włókno Przyszłości (demo)',
    voivodeship: '10',
    city: 'Łódź',
    descriptionPl: 'Przykładowy klaster producentów odzieży, projektantów i instytutów włókienniczych.',
    descriptionEn: 'A sample cluster of clothing makers, designers and textile research institutes.',
  },
  {
    slug: 'demo-slaski-klaster-robotyki',
    name: 'Śląski Klaster Robotyki',
    coordinatorName: 'Centrum Automatyki Przemysłowej Sp. z o.o. (demo)',
    voivodeship: '24',
    city: 'Gliwice',
    descriptionPl: 'Przykładowy klaster integratorów robotów, zakładów produkcyjnych i politechniki.',
    descriptionEn: 'A sample cluster of robot integrators, manufacturers and a technical university.',
  },
  {
    slug: 'demo-podlaski-klaster-zywnosci-ekologicznej',
    name: 'Podlaski Klaster Żywności Ekologicznej',
    coordinatorName: 'Podlaska Fundacja Rolnictwa Ekologicznego (demo)',
    voivodeship: '20',
    city: 'Białystok',
    descriptionPl: 'Przykładowy klaster gospodarstw ekologicznych, przetwórni i uczelni rolniczej.',
    descriptionEn: 'A sample cluster of organic farms, food processors and an agricultural university.',
  },
  {
    slug: 'demo-opolski-klaster-zielonej-energii',
    name: 'Opolski Klaster Zielonej Energii',
    coordinatorName: 'Agencja Energii Odnawialnej Opole (demo)',
    voivodeship: '16',
    city: 'Opole',
    descriptionPl: 'Przykładowy klaster wytwórców energii odnawialnej, gmin i instytutów badawczych.',
    descriptionEn: 'A sample cluster of renewable-energy producers, municipalities and research institutes.',
  },
  {
    slug: 'demo-wielkopolski-klaster-logistyki',
    name: 'Wielkopolski Klaster Logistyki',
    coordinatorName: 'Stowarzyszenie Logistyka Zachód (demo)',
    voivodeship: '30',
    city: 'Poznań',
    descriptionPl: 'Przykładowy klaster operatorów logistycznych, przewoźników i uczelni ekonomicznej.',
    descriptionEn: 'A sample cluster of logistics operators, carriers and a university of economics.',
  },
] as const;

/** Loads the demo data set unless it is already there. Returns false when nothing was added. */
export async function seedDemo(db: Kysely<Database>, clock: Clock): Promise<boolean> {
  const present = await db.selectFrom('users').select('id').where('isDemo', '=', 1).executeTakeFirst();
  if (present) return false;
  const now = nowIso(clock);
  await db.transaction().execute(async (trx) => {
    for (const cluster of DEMO_CLUSTERS) {
      await clusterRecorder(trx, { ...cluster, profileCompleted: true, isDemo: true }, now);
    }
  });
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
  return true;
}

/** Deletes every demo row, children before parents, in one transaction. Returns how many went. */
export async function removeDemo(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const demoUsers = trx.selectFrom('users').select('id').where('isDemo', '=', 1);
    const results = [
      await trx.deleteFrom('userRoles').where('userId', 'in', demoUsers).executeTakeFirst(),
      await trx.deleteFrom('users').where('isDemo', '=', 1).executeTakeFirst(),
      await trx.deleteFrom('kkkStatuses').where('isDemo', '=', 1).executeTakeFirst(),
      await trx.deleteFrom('clusters').where('isDemo', '=', 1).executeTakeFirst(),
      await trx.deleteFrom('organisations').where('isDemo', '=', 1).executeTakeFirst(),
      await trx.deleteFrom('pages').where('isDemo', '=', 1).executeTakeFirst(),
    ];
    return results.reduce((sum, result) => sum + Number(result.numDeletedRows), 0);
  });
}
