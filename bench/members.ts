import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import type { IndustryCode } from '../src/modules/registry/industries.ts';
import { memberCountRecalculator } from '../src/modules/registry/memberCountRecalculator.ts';
import type { EnterpriseSize, OrganisationType } from '../src/modules/registry/organisationTypes.ts';
import { pick } from '../src/platform/random.ts';
import { fictionalNip } from '../src/seed/identifiers.ts';
import { REGIONS } from './words.ts';

// Member organisations for the LARGE data set: exactly `total` organisations, one membership each,
// spread over the clusters with completed profiles (those without a completed profile list none).

/** The industry a generated sector belongs to, by words in its name; the first rule that matches wins. */
const INDUSTRY_RULES: readonly [RegExp, IndustryCode][] = [
  [/medycz|zdrow|starzen/i, 'health'],
  [/energi|wodor|wodór/i, 'energy'],
  [/mleczar|spożyw|żywno/i, 'food'],
  [/agrotech|ziół/i, 'agriculture'],
  [/mebl|drewn|drzew/i, 'wood'],
  [/turyst|dziedzict/i, 'tourism'],
  [/informac|sztucznej|cyber|inteligentnych miast/i, 'ict'],
  [/gier|kreatyw|poligraf|bursztyn/i, 'creative'],
  [/budown|szkła/i, 'construction'],
  [/lotnic/i, 'aerospace'],
  [/motoryz|elektromobil|kolej|rowerow/i, 'automotive'],
  [/logisty/i, 'logistics'],
  [/chemi|tworzyw|kosmety|opakow/i, 'chemistry'],
  [/metal/i, 'metal'],
  [/górnict/i, 'mining'],
  [/mody|tekstyl/i, 'textiles'],
  [/biotech/i, 'biotech'],
  [/robot|aparatur|druku|zbroj/i, 'machinery'],
  [/morsk|jacht|wodnej/i, 'maritime'],
  [/recykl|obiegu/i, 'environment'],
  [/fotonik|nanotech/i, 'electronics'],
];

export function industryOfSector(sector: string): IndustryCode {
  return INDUSTRY_RULES.find(([pattern]) => pattern.test(sector))?.[1] ?? 'business_services';
}

const TYPES: readonly OrganisationType[] = [
  ...Array<OrganisationType>(14).fill('enterprise'),
  'university',
  'research_institute',
  'business_support',
  'public_administration',
  'ngo',
  'other',
];
const SIZES: readonly EnterpriseSize[] = ['micro', 'micro', 'small', 'small', 'medium', 'large'];
const EMPLOYEES: Record<EnterpriseSize, number> = { micro: 5, small: 25, medium: 120, large: 600 };
const NAME_STARTS = [
  'Agro',
  'Bio',
  'Eko',
  'Info',
  'Inno',
  'Medi',
  'Metal',
  'Nord',
  'Pro',
  'Tech',
  'Termo',
  'Trans',
];
const BATCH = 1000;

export interface MemberTarget {
  clusterId: number;
  voivodeship: string;
  createdAt: string;
}

/** Inserts `total` organisations with a membership each, then sets every cluster's derived count. */
export async function fillMembers(
  db: Kysely<Database>,
  targets: readonly MemberTarget[],
  total: number,
  random: () => number,
): Promise<void> {
  if (targets.length === 0) return;
  // Uneven but deterministic sizes: each cluster a random weight, scaled so the sizes add up to total.
  const weights = targets.map(() => 0.3 + random() * 1.4);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.floor((weight / sum) * total));
  sizes[0] = (sizes[0] ?? 0) + total - sizes.reduce((a, b) => a + b, 0);
  const rows: { clusterId: number; organisation: ReturnType<typeof organisationRow> }[] = [];
  for (const [index, target] of targets.entries()) {
    for (let i = 0; i < (sizes[index] ?? 0); i += 1)
      rows.push({ clusterId: target.clusterId, organisation: organisationRow(target, rows.length, random) });
  }
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      const ids = await trx
        .insertInto('organisations')
        .values(batch.map((row) => row.organisation))
        .returning('id')
        .execute();
      await trx
        .insertInto('memberships')
        .values(
          batch.map((row, i) => ({
            clusterId: row.clusterId,
            organisationId: ids[i]?.id ?? 0,
            joinedOn: '2020-01-15',
            leftOn: null,
          })),
        )
        .execute();
    }
    await memberCountRecalculator({ db: trx });
  });
}

function organisationRow(target: MemberTarget, serial: number, random: () => number) {
  const type = pick(TYPES, random);
  const size = type === 'enterprise' ? pick(SIZES, random) : null;
  const city = pick(REGIONS[target.voivodeship]?.cities ?? ['Warszawa'], random);
  return {
    name: `${pick(NAME_STARTS, random)}-${serial.toString(36)} ${type === 'enterprise' ? 'Sp. z o.o.' : 'Fundacja'}`,
    nip: fictionalNip(serial),
    type,
    size,
    employees: size ? EMPLOYEES[size] : null,
    city,
    voivodeship: target.voivodeship,
    createdAt: target.createdAt,
  };
}
