import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../db/schema.ts';
import { clusterRecorder } from '../modules/registry/clusterRecorder.ts';
import { memberCountRecalculator } from '../modules/registry/memberCountRecalculator.ts';
import type { NewOrganisation } from '../modules/registry/tables.ts';
import { seededRandom } from '../platform/random.ts';
import { slugify } from '../platform/text.ts';
import { DEMO_CLUSTERS, type DemoClusterFacts } from './demoClusters.ts';
import { DemoOrganisations, personName } from './demoOrganisations.ts';

// The demo registry: sixty fictional clusters with their members, dates relative to the day it is
// loaded (so "outdated" and "valid until" mean the same whenever it is loaded).

const OFFERS = [
  [
    'wspólne projekty badawczo-rozwojowe z uczelniami członkowskimi, dostęp do laboratoriów i hal pilotażowych, udział we wspólnych stoiskach na targach',
    'joint R&D projects with member universities, access to laboratories and pilot halls, shared stands at trade fairs',
  ],
  [
    'dostawy i podwykonawstwo w łańcuchu wartości członków, wspólne zakupy, szkolenia dla kadr i staże studenckie',
    'supplies and subcontracting along the members’ value chain, joint purchasing, staff training and student internships',
  ],
  [
    'doradztwo w pozyskiwaniu finansowania, misje gospodarcze za granicę i kojarzenie partnerów do projektów europejskich',
    'advice on funding, trade missions abroad and matchmaking for European projects',
  ],
] as const;
const NEEDS = [
  [
    'partnerów technologicznych do projektów demonstracyjnych oraz inwestorów dla spółek odpryskowych',
    'technology partners for demonstration projects and investors for spin-offs',
  ],
  [
    'wykwalifikowanych pracowników, współpracy ze szkołami zawodowymi i nowych członków z sektora MŚP',
    'skilled workers, cooperation with vocational schools and new SME members',
  ],
  [
    'odbiorców zagranicznych, wspólnej marki regionalnej i dostępu do infrastruktury badawczej',
    'foreign buyers, a shared regional brand and access to research infrastructure',
  ],
] as const;

const isoDate = (date: DateTime) => date.toISODate() ?? '';

function clusterFacts(
  facts: DemoClusterFacts,
  index: number,
  now: DateTime,
  random: () => number,
  organisations: DemoOrganisations,
) {
  const slug = slugify(facts.name);
  const founded = DateTime.fromObject(
    { year: facts.founded, month: 1 + (index % 12), day: 1 + (index % 27) },
    { zone: 'utc' },
  );
  // Entered the registry some time between its founding (or the registry's start) and last week.
  const earliest = DateTime.max(founded.plus({ months: 6 }), DateTime.fromISO('2015-01-01', { zone: 'utc' }));
  const latest = now.minus({ days: 7 });
  const registered = earliest.plus({
    milliseconds: random() * Math.max(0, latest.diff(earliest).toMillis()),
  });
  const confirmed = facts.outdated
    ? now.minus({ months: 13 + (index % 10) })
    : now.minus({ days: 3 + ((index * 11) % 170) });
  const assessed =
    facts.standards === 'expired' ? now.minus({ years: 3 }) : now.minus({ months: 2 + (index % 18) });
  const [offerPl, offerEn] = OFFERS[index % OFFERS.length] as readonly [string, string];
  const [needsPl, needsEn] = NEEDS[(index + 1) % NEEDS.length] as readonly [string, string];
  const company = facts.coordinator.includes('Sp. z o.o.');
  return {
    slug: `demo-${slug}`,
    name: facts.name,
    coordinatorName: facts.coordinator,
    coordinator: {
      ...organisations.coordinatorFacts(facts.city, company),
      type: company ? ('enterprise' as const) : ('business_support' as const),
    },
    voivodeship: facts.voivodeship,
    city: facts.city,
    descriptionPl: `Przykładowy klaster ${facts.pl}.`,
    descriptionEn: `A sample cluster of ${facts.en}.`,
    offerPl: `Oferujemy ${offerPl}.`,
    offerEn: `We offer ${offerEn}.`,
    needsPl: `Szukamy: ${needsPl}.`,
    needsEn: `We are looking for ${needsEn}.`,
    website: `https://${slug}.example`,
    email: `biuro@${slug}.example`,
    phone: `+48 000 000 ${String(100 + index).padStart(3, '0')}`,
    contactPerson: personName(random),
    foundedOn: isoDate(founded),
    formalisedOn: isoDate(founded.plus({ months: 3 + (index % 9) })),
    standardsAssessedOn: facts.standards ? isoDate(assessed) : null,
    standardsValidUntil: facts.standards ? isoDate(assessed.plus({ years: 2 })) : null,
    confirmedAt: confirmed.toISO() ?? null,
    industries: facts.industries,
    kis: facts.kis,
    regions: [facts.voivodeship, ...(facts.alsoIn ?? [])],
    profileCompleted: true,
    registeredAt: registered.toISO() ?? undefined,
    isDemo: true,
  };
}

/** Loads the sixty demo clusters with their members in the caller's transaction. */
export async function seedDemoRegistry(trx: Transaction<Database>, nowInstant: Date): Promise<number[]> {
  const now = DateTime.fromJSDate(nowInstant, { zone: 'utc' });
  const random = seededRandom(20261127);
  const createdAt = now.toISO() ?? '';
  const organisations = new DemoOrganisations(random, createdAt);
  const ids = new Map<NewOrganisation, number>();
  const insert = async (rows: NewOrganisation[]) => {
    const fresh = [...new Set(rows.filter((row) => !ids.has(row)))];
    for (let start = 0; start < fresh.length; start += 200) {
      const batch = fresh.slice(start, start + 200);
      const inserted = await trx.insertInto('organisations').values(batch).returning('id').execute();
      for (const [i, row] of batch.entries()) ids.set(row, inserted[i]?.id ?? 0);
    }
  };
  const academia = new Map<string, NewOrganisation>();
  const academiaOf = (type: 'university' | 'research_institute', voivodeship: string, city: string) => {
    const key = `${type}:${voivodeship}`;
    const known = academia.get(key) ?? organisations.academia(type, voivodeship, city);
    academia.set(key, known);
    return known;
  };
  const clusterIds: number[] = [];
  for (const [index, facts] of DEMO_CLUSTERS.entries()) {
    const recorded = await clusterRecorder(
      trx,
      clusterFacts(facts, index, now, random, organisations),
      createdAt,
    );
    if (!recorded.created) continue;
    clusterIds.push(recorded.id);
    const cluster = await trx
      .selectFrom('clusters')
      .select(['coordinatorId', 'foundedOn'])
      .where('id', '=', recorded.id)
      .executeTakeFirstOrThrow();
    const members = [
      academiaOf('university', facts.voivodeship, facts.city),
      academiaOf('research_institute', facts.voivodeship, facts.city),
    ];
    const taken = new Set(members.map((member) => member.name));
    while (members.length < facts.members - 1) {
      const member = organisations.member(facts.voivodeship, facts.city, taken);
      if (taken.has(member.name)) continue;
      taken.add(member.name);
      members.push(member);
    }
    // A few former members show that leaving is recorded, and that they no longer count.
    const former = [organisations.member(facts.voivodeship, facts.city, taken)].filter(
      (member) => !taken.has(member.name),
    );
    await insert([...members, ...former]);
    const joined = (offset: number) =>
      isoDate(
        DateTime.min(
          DateTime.fromISO(cluster.foundedOn ?? '2015-01-01', { zone: 'utc' }).plus({ days: offset }),
          now.minus({ days: 1 }),
        ),
      );
    const memberships = [
      ...(cluster.coordinatorId
        ? [
            {
              clusterId: recorded.id,
              organisationId: cluster.coordinatorId,
              joinedOn: joined(0),
              leftOn: null,
            },
          ]
        : []),
      ...members.map((member, i) => ({
        clusterId: recorded.id,
        organisationId: ids.get(member) ?? 0,
        joinedOn: joined(30 + i * 23),
        leftOn: null,
      })),
      ...former.map((member) => ({
        clusterId: recorded.id,
        organisationId: ids.get(member) ?? 0,
        joinedOn: joined(10),
        leftOn: isoDate(now.minus({ months: 5 })),
      })),
    ];
    await trx.insertInto('memberships').values(memberships).execute();
  }
  await memberCountRecalculator({ db: trx, clusterIds });
  return clusterIds;
}
