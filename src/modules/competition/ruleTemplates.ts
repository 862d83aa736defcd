import type { CompetitionRules } from './rules.ts';

// The shipped templates: round I (2015) for the record and the most recent round in DOMAIN.md. Values no
// public source states are configurable defaults (CONFIGURABLE_DEFAULTS in rules.ts), not facts.

const guidance = (pl: string, en: string) => ({ guidancePl: pl, guidanceEn: en });

/** Round I (2015): four criteria groups assessed by experts; points per group are not known. */
export const ROUND_I_RULES: CompetitionRules = {
  eligibility: {
    minYearsOperating: 2,
    minMembers: 20,
    minEnterprises: null,
    minEnterpriseShare: null,
    requiredAttachments: [
      {
        code: 'agreement',
        namePl: 'Umowa lub porozumienie o współpracy w klastrze',
        nameEn: 'Cluster cooperation agreement',
      },
      {
        code: 'strategy',
        namePl: 'Strategia rozwoju klastra z planem działań',
        nameEn: 'Cluster development strategy with an action plan',
      },
    ],
  },
  areas: [
    { code: 'M', namePl: 'Masa krytyczna', nameEn: 'Critical mass', minPoints: null },
    {
      code: 'P',
      namePl: 'Potencjał rozwojowy i innowacyjny',
      nameEn: 'Development and innovation potential',
      minPoints: null,
    },
    {
      code: 'W',
      namePl: 'Dotychczasowa i planowana współpraca',
      nameEn: 'Past and planned cooperation',
      minPoints: null,
    },
    {
      code: 'K',
      namePl: 'Doświadczenie i potencjał koordynatora',
      nameEn: "The coordinator's experience and potential",
      minPoints: null,
    },
  ],
  criteria: [
    {
      code: 'M1',
      area: 'M',
      namePl: 'Masa krytyczna i koncentracja geograficzna',
      nameEn: 'Critical mass and geographic concentration',
      ...guidance(
        'Liczba i struktura członków, koncentracja geograficzna.',
        'Number and structure of members, geographic concentration.',
      ),
      maxPoints: 25,
      stage: 'stage1',
    },
    {
      code: 'P1',
      area: 'P',
      namePl: 'Potencjał rozwojowy i innowacyjny',
      nameEn: 'Development and innovation potential',
      ...guidance(
        'Zasoby B+R, innowacje, konkurencyjność międzynarodowa.',
        'R&D resources, innovation, international competitiveness.',
      ),
      maxPoints: 25,
      stage: 'stage1',
    },
    {
      code: 'W1',
      area: 'W',
      namePl: 'Współpraca dotychczasowa i planowana',
      nameEn: 'Past and planned cooperation',
      ...guidance(
        'Wspólne projekty członków i plan działań.',
        "Members' joint projects and the action plan.",
      ),
      maxPoints: 25,
      stage: 'stage1',
    },
    {
      code: 'K1',
      area: 'K',
      namePl: 'Doświadczenie i potencjał koordynatora',
      nameEn: "The coordinator's experience and potential",
      ...guidance('Zarządzanie klastrem, usługi dla członków.', 'Cluster management, services to members.'),
      maxPoints: 25,
      stage: 'stage1',
    },
  ],
  thresholds: { stage1: 60, final: 60 },
  expertsPerApplication: 2,
  divergenceShare: 0.3,
  minJustificationLength: 100,
  tieBreak: ['P', 'M', 'W', 'K'],
  correctionWindowDays: 7,
  appealWindowDays: 14,
  validity: { kind: 'years', years: 3 },
};

const latestArea = (code: string, namePl: string, nameEn: string) => ({
  code,
  namePl,
  nameEn,
  minPoints: null,
});

/** The most recent round in DOMAIN.md: five areas, an Expert Panel, 150 points, threshold 100. */
export const LATEST_ROUND_RULES: CompetitionRules = {
  eligibility: {
    minYearsOperating: 3,
    minMembers: 51,
    minEnterprises: null,
    minEnterpriseShare: null,
    requiredAttachments: [
      {
        code: 'agreement',
        namePl: 'Umowa lub porozumienie o współpracy w klastrze',
        nameEn: 'Cluster cooperation agreement',
      },
      { code: 'strategy', namePl: 'Strategia rozwoju klastra', nameEn: 'Cluster development strategy' },
      {
        code: 'members',
        namePl: 'Lista członków z deklaracjami przystąpienia',
        nameEn: 'List of members with their declarations of accession',
      },
    ],
  },
  areas: [
    latestArea(
      'Z',
      'Zasoby ludzkie, infrastrukturalne i finansowe',
      'Human, infrastructure and financial resources',
    ),
    latestArea('E', 'Potencjał gospodarczy', 'Economic potential'),
    latestArea('W', 'Kreowanie i transfer wiedzy', 'Knowledge creation and transfer'),
    latestArea('P', 'Działania na rzecz polityk publicznych', 'Activities for public policies'),
    latestArea('K', 'Orientacja na klienta', 'Customer orientation'),
  ],
  criteria: [
    {
      code: 'Z1',
      area: 'Z',
      namePl: 'Zasoby klastra i koordynatora',
      nameEn: 'Resources of the cluster and its coordinator',
      ...guidance(
        'Kadra, infrastruktura i finansowanie działalności klastra.',
        "Staff, infrastructure and financing of the cluster's activity.",
      ),
      maxPoints: 20,
      stage: 'stage1',
    },
    {
      code: 'E1',
      area: 'E',
      namePl: 'Potencjał gospodarczy członków',
      nameEn: "Members' economic potential",
      ...guidance('Zatrudnienie, przychody, eksport członków.', "Members' employment, revenue and exports."),
      maxPoints: 20,
      stage: 'stage1',
    },
    {
      code: 'W1',
      area: 'W',
      namePl: 'Kreowanie i transfer wiedzy',
      nameEn: 'Knowledge creation and transfer',
      ...guidance('Wydatki na B+R, patenty, wspólne projekty.', 'R&D spending, patents, joint projects.'),
      maxPoints: 20,
      stage: 'stage1',
    },
    {
      code: 'P1',
      area: 'P',
      namePl: 'Działania na rzecz polityk publicznych',
      nameEn: 'Activities for public policies',
      ...guidance(
        'Udział w tworzeniu i realizacji polityk publicznych.',
        'Taking part in shaping and delivering public policies.',
      ),
      maxPoints: 20,
      stage: 'stage1',
    },
    {
      code: 'K1',
      area: 'K',
      namePl: 'Orientacja na klienta',
      nameEn: 'Customer orientation',
      ...guidance('Usługi dla członków i ich ocena.', 'Services to members and how members rate them.'),
      maxPoints: 20,
      stage: 'stage1',
    },
    {
      code: 'Z2',
      area: 'Z',
      namePl: 'Panel: strategia i umiędzynarodowienie',
      nameEn: 'Panel: strategy and internationalisation',
      ...guidance(
        'Prezentacja sukcesów i strategii przed Panelem Ekspertów.',
        'Presenting successes and the strategy to the Expert Panel.',
      ),
      maxPoints: 10,
      stage: 'panel',
    },
    {
      code: 'E2',
      area: 'E',
      namePl: 'Panel: konkurencyjność międzynarodowa',
      nameEn: 'Panel: international competitiveness',
      ...guidance(
        'Umiędzynarodowienie klastra i członków.',
        'Internationalisation of the cluster and its members.',
      ),
      maxPoints: 10,
      stage: 'panel',
    },
    {
      code: 'W2',
      area: 'W',
      namePl: 'Panel: transfer wiedzy i innowacje',
      nameEn: 'Panel: knowledge transfer and innovation',
      ...guidance(
        'Przykłady transferu wiedzy i innowacji.',
        'Examples of knowledge transfer and innovation.',
      ),
      maxPoints: 10,
      stage: 'panel',
    },
    {
      code: 'P2',
      area: 'P',
      namePl: 'Panel: polityki publiczne i zrównoważony rozwój',
      nameEn: 'Panel: public policies and sustainable development',
      ...guidance(
        'Działania na rzecz polityk publicznych i zrównoważonego rozwoju.',
        'Activities for public policies and sustainable development.',
      ),
      maxPoints: 10,
      stage: 'panel',
    },
    {
      code: 'K2',
      area: 'K',
      namePl: 'Panel: orientacja na klienta',
      nameEn: 'Panel: customer orientation',
      ...guidance(
        'Jak klaster odpowiada na potrzeby członków.',
        "How the cluster answers its members' needs.",
      ),
      maxPoints: 10,
      stage: 'panel',
    },
  ],
  thresholds: { stage1: 60, final: 100 },
  expertsPerApplication: 2,
  divergenceShare: 0.3,
  minJustificationLength: 100,
  tieBreak: ['E', 'W', 'Z', 'P', 'K'],
  correctionWindowDays: 7,
  appealWindowDays: 14,
  validity: { kind: 'years', years: 3 },
};
