import type { EnterpriseSize, OrganisationType } from '../modules/registry/organisationTypes.ts';
import type { NewOrganisation } from '../modules/registry/tables.ts';
import { pick } from '../platform/random.ts';
import { fictionalKrs, fictionalNip, fictionalRegon } from './identifiers.ts';

// Invented member organisations for the demo clusters. Every name ends in "(demo)"; identifiers are
// well formed (NIP and REGON with correct check digits) but belong to no one we know of.

/** Picks a key by weight: [['a', 3], ['b', 1]] gives 'a' three times as often. */
function weighted<T>(choices: readonly (readonly [T, number])[], random: () => number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (choices[choices.length - 1] as readonly [T, number])[0];
}

/** Feminine regional adjectives ("Pomorska Akademia …"); the masculine drops the final -a for -i. */
const REGION_ADJECTIVES: Record<string, string> = {
  '02': 'Dolnośląska',
  '04': 'Kujawsko-Pomorska',
  '06': 'Lubelska',
  '08': 'Lubuska',
  '10': 'Łódzka',
  '12': 'Małopolska',
  '14': 'Mazowiecka',
  '16': 'Opolska',
  '18': 'Podkarpacka',
  '20': 'Podlaska',
  '22': 'Pomorska',
  '24': 'Śląska',
  '26': 'Świętokrzyska',
  '28': 'Warmińsko-Mazurska',
  '30': 'Wielkopolska',
  '32': 'Zachodniopomorska',
};
const masculine = (adjective: string) => adjective.replace(/a$/, 'i');

const BRAND_STARTS = [
  'Agro',
  'Aero',
  'Bio',
  'Eko',
  'Elektro',
  'Ferro',
  'Hydro',
  'Info',
  'Inno',
  'Medi',
  'Metal',
  'Nano',
  'Nord',
  'Opti',
  'Poli',
  'Pro',
  'Silva',
  'Tech',
  'Termo',
  'Trans',
  'Vento',
  'Vita',
  'Wiśl',
  'Zeta',
];
const BRAND_ENDS = [
  'tech',
  'mex',
  'bud',
  'pol',
  'net',
  'lab',
  'sys',
  'form',
  'serwis',
  'plast',
  'max',
  'gal',
  'soft',
  'tron',
  'mar',
  'drew',
  'chem',
  'vis',
  'kom',
  'stal',
];
const FIRST_NAMES = [
  'Anna',
  'Barbara',
  'Celina',
  'Dorota',
  'Ewelina',
  'Grażyna',
  'Joanna',
  'Katarzyna',
  'Łucja',
  'Magdalena',
  'Adam',
  'Bartosz',
  'Cezary',
  'Damian',
  'Grzegorz',
  'Jacek',
  'Krzysztof',
  'Łukasz',
  'Marek',
  'Piotr',
  'Tomasz',
  'Zbigniew',
];
const LAST_NAMES = [
  'Nowak',
  'Kowalczyk',
  'Wiśniewski',
  'Zając',
  'Lewandowski',
  'Dąbrowski',
  'Kaczmarek',
  'Mazur',
  'Krawczyk',
  'Piotrowski',
  'Grabowski',
  'Pawłowski',
  'Michalski',
  'Zieliński',
  'Wróbel',
  'Sikora',
  'Baran',
  'Szewczyk',
  'Ostrowski',
  'Tomaszewski',
];
const STREETS = [
  'Przemysłowa',
  'Fabryczna',
  'Naukowa',
  'Technologiczna',
  'Innowacyjna',
  'Lipowa',
  'Portowa',
  'Składowa',
  'Rzemieślnicza',
  'Wynalazców',
  'Inżynierska',
  'Kwiatowa',
];
const MUNICIPALITIES = [
  'Brzozowa Wola',
  'Lipowe Pole',
  'Jaworzec Mały',
  'Modrzewiec',
  'Klonowa Dolina',
  'Wrzosowo',
  'Olchowa Góra',
  'Jesionki',
  'Sosnowy Bród',
  'Głogowiec',
];
const SUPPORT_KINDS = [
  'Park Naukowo-Technologiczny',
  'Inkubator Przedsiębiorczości',
  'Centrum Transferu Technologii',
  'Agencja Rozwoju Lokalnego',
  'Izba Gospodarcza',
];
const NGO_KINDS = [
  'Stowarzyszenie Inżynierów i Techników',
  'Stowarzyszenie Młodych Przedsiębiorców',
  'Fundacja Edukacji Technicznej',
  'Stowarzyszenie Przyjaciół Nauki',
];

const SIZES: readonly (readonly [EnterpriseSize, number])[] = [
  ['micro', 35],
  ['small', 33],
  ['medium', 21],
  ['large', 11],
];
const EMPLOYEES: Record<EnterpriseSize, readonly [number, number]> = {
  micro: [1, 9],
  small: [10, 49],
  medium: [50, 249],
  large: [250, 2400],
};
/**
 * Member types besides the coordinator and the region's academia (added by the caller): mostly
 * enterprises, as in real clusters.
 */
type OtherMemberType = 'enterprise' | 'business_support' | 'public_administration' | 'ngo' | 'other';
const MEMBER_TYPES: readonly (readonly [OtherMemberType, number])[] = [
  ['enterprise', 70],
  ['business_support', 9],
  ['public_administration', 7],
  ['ngo', 6],
  ['other', 2],
];

export function personName(random: () => number): string {
  const first = pick(FIRST_NAMES, random);
  const last = pick(LAST_NAMES, random);
  // Polish surnames in -ski/-cki agree with a woman's first name (Wiśniewski → Wiśniewska).
  return `${first} ${first.endsWith('a') ? last.replace(/ski$/, 'ska').replace(/cki$/, 'cka') : last}`;
}

/** Numbers the generated identifiers, so that each organisation gets its own. */
export class DemoOrganisations {
  private serial = 700_000;
  private readonly names = new Set<string>();
  /** Institutions by name, the same row object each time, so the caller can tell a repeat. */
  private readonly shared = new Map<string, NewOrganisation>();

  constructor(
    private readonly random: () => number,
    private readonly createdAt: string,
  ) {}

  private identifiers(withKrs: boolean) {
    this.serial += 1;
    return {
      nip: fictionalNip(this.serial),
      regon: fictionalRegon(this.serial),
      krs: withKrs ? fictionalKrs(this.serial) : null,
    };
  }

  /** The name, or the name with the town (then a number) before "(demo)" when it is taken. */
  private unique(name: string, city: string): string {
    const base = name.replace(/ \(demo\)$/, '');
    let candidate = name;
    for (let round = 2; this.names.has(candidate); round += 1)
      candidate = `${base} ${city}${round === 2 ? '' : ` ${round}`} (demo)`;
    this.names.add(candidate);
    return candidate;
  }

  private address(city: string): string {
    return `ul. ${pick(STREETS, this.random)} ${1 + Math.floor(this.random() * 120)}, ${city}`;
  }

  /** The voivodeship's university or research institute (the caller shares it among the region's clusters). */
  academia(type: 'university' | 'research_institute', voivodeship: string, city: string): NewOrganisation {
    const adjective = REGION_ADJECTIVES[voivodeship] ?? 'Krajowa';
    const name =
      type === 'university'
        ? `${adjective} Akademia Nauk Technicznych (demo)`
        : `${masculine(adjective)} Instytut Badań Stosowanych (demo)`;
    const legalForm = type === 'university' ? 'uczelnia publiczna' : 'instytut badawczy';
    return this.row({ name, type, city, voivodeship, legalForm, withKrs: type === 'research_institute' });
  }

  /**
   * A new member, or an institution of the town that another cluster already counts among its members
   * (a business-support body or a municipality is often in several). `taken`: names already in this cluster.
   */
  member(voivodeship: string, city: string, taken: ReadonlySet<string>): NewOrganisation {
    const type = weighted(MEMBER_TYPES, this.random);
    if (type === 'enterprise') return this.enterprise(voivodeship, city);
    const name = {
      business_support: () => `${pick(SUPPORT_KINDS, this.random)} ${city} (demo)`,
      public_administration: () => `Gmina ${pick(MUNICIPALITIES, this.random)} (demo)`,
      ngo: () => `${pick(NGO_KINDS, this.random)} ${city} (demo)`,
      other: () => `Spółdzielnia Socjalna ${this.brand()} (demo)`,
    }[type]();
    if (taken.has(name)) return this.enterprise(voivodeship, city);
    // The same name in another voivodeship is another body (Polish place names repeat).
    const known = this.shared.get(`${voivodeship}|${name}`);
    if (known) return known;
    const legalForm = {
      business_support: 'fundacja',
      public_administration: 'jednostka samorządu terytorialnego',
      ngo: 'stowarzyszenie',
      other: 'spółdzielnia socjalna',
    }[type];
    const row = this.row({
      name,
      type,
      city,
      voivodeship,
      legalForm,
      withKrs: type !== 'public_administration',
    });
    this.shared.set(`${voivodeship}|${name}`, row);
    return row;
  }

  private brand(): string {
    return `${pick(BRAND_STARTS, this.random)}${pick(BRAND_ENDS, this.random)}`;
  }

  private enterprise(voivodeship: string, city: string): NewOrganisation {
    const size = weighted(SIZES, this.random);
    const [low, high] = EMPLOYEES[size];
    const soleTrader = (size === 'micro' || size === 'small') && this.random() < 0.25;
    const form = soleTrader
      ? 'jdg'
      : weighted(
          [
            ['sp. z o.o.', 60],
            ['sp.k.', 12],
            ['sp.j.', 12],
            ['S.A.', size === 'large' || size === 'medium' ? 30 : 2],
          ] as const,
          this.random,
        );
    const brand = this.brand();
    const name = {
      jdg: `P.H.U. ${brand} ${personName(this.random)} (demo)`,
      'sp. z o.o.': `${brand} Sp. z o.o. (demo)`,
      'sp.k.': `${brand} Sp.k. (demo)`,
      'sp.j.': `${brand} Sp.j. (demo)`,
      'S.A.': `${brand} S.A. (demo)`,
    }[form];
    return {
      ...this.row({
        name: this.unique(name, city),
        type: 'enterprise',
        city,
        voivodeship,
        legalForm: soleTrader ? 'jednoosobowa działalność gospodarcza' : form,
        withKrs: !soleTrader,
      }),
      size,
      employees: low + Math.floor(this.random() * (high - low + 1)),
    };
  }

  private row(facts: {
    name: string;
    type: OrganisationType;
    city: string;
    voivodeship: string;
    legalForm: string;
    withKrs: boolean;
  }): NewOrganisation {
    return {
      name: facts.name,
      legalForm: facts.legalForm,
      ...this.identifiers(facts.withKrs),
      address: this.address(facts.city),
      city: facts.city,
      voivodeship: facts.voivodeship,
      type: facts.type,
      size: null,
      employees: null,
      isDemo: 1,
      createdAt: this.createdAt,
    };
  }

  /** Identifiers and an address for a coordinator recorded through clusterRecorder. */
  coordinatorFacts(city: string, company: boolean) {
    return {
      ...this.identifiers(true),
      address: this.address(city),
      legalForm: company ? 'sp. z o.o.' : 'stowarzyszenie',
    };
  }
}
