import { foldText } from '../../../platform/text.ts';
import type { EnterpriseSize, OrganisationType } from '../organisationTypes.ts';
import type { ValidationMessageKey } from './identifiers.ts';

export const MEMBER_FIELDS = [
  'name',
  'nip',
  'regon',
  'krs',
  'type',
  'size',
  'voivodeship',
  'city',
  'joinedOn',
] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** How a column of the members file is written and what it means, for the page that documents it. */
export interface ColumnDescription {
  field: MemberField;
  /** The header in the template (Polish); matched ignoring case, diacritics, "_" and "-". */
  header: string;
  /** Other headers accepted for the same column, English ones included. */
  aliases: readonly string[];
  required: boolean;
  /** What the column holds, in the catalogue (pl and en). */
  descriptionKey: ValidationMessageKey;
  /** The values accepted in the file, where the column has a closed list (Polish first, English accepted). */
  values?: readonly string[];
  example: string;
}

/** The words a file may use for each organisation type and size (codes from organisationTypes.ts); the first is the template's. */
export const TYPE_WORDS: Record<OrganisationType, readonly string[]> = {
  enterprise: ['przedsiębiorstwo', 'przedsiębiorca', 'firma', 'enterprise', 'company', 'business'],
  university: ['uczelnia', 'szkoła wyższa', 'university', 'higher education institution'],
  research_institute: [
    'instytut badawczy',
    'jednostka naukowa',
    'research institute',
    'research organisation',
  ],
  business_support: [
    'instytucja otoczenia biznesu',
    'iob',
    'business support institution',
    'business support organisation',
  ],
  public_administration: ['administracja publiczna', 'jst', 'public administration', 'public authority'],
  ngo: ['organizacja pozarządowa', 'ngo', 'non-governmental organisation', 'non-governmental organization'],
  other: ['inna', 'inny', 'other'],
};

export const SIZE_WORDS: Record<EnterpriseSize, readonly string[]> = {
  micro: ['mikro', 'mikroprzedsiębiorstwo', 'micro'],
  small: ['małe', 'mała', 'małe przedsiębiorstwo', 'small'],
  medium: ['średnie', 'średnia', 'średnie przedsiębiorstwo', 'medium', 'medium-sized'],
  large: ['duże', 'duża', 'duże przedsiębiorstwo', 'large'],
};

const firstWords = (words: Record<string, readonly string[]>) =>
  Object.values(words).map((list) => list[0] as string);

export const COLUMNS: readonly ColumnDescription[] = [
  column(
    'name',
    'nazwa',
    ['name', 'nazwa organizacji', 'organisation', 'organization'],
    'Przykładowa Firma sp. z o.o.',
    true,
  ),
  column('nip', 'nip', ['tax id', 'vat id', 'nip number'], '123-456-32-18'),
  column('regon', 'regon', ['regon number'], '123456785'),
  column('krs', 'krs', ['krs number', 'court register number'], '0000012345'),
  {
    ...column('type', 'typ', ['type', 'rodzaj', 'organisation type'], 'przedsiębiorstwo', true),
    values: firstWords(TYPE_WORDS),
  },
  {
    ...column('size', 'wielkość', ['size', 'wielkość przedsiębiorstwa'], 'małe'),
    values: firstWords(SIZE_WORDS),
  },
  column('voivodeship', 'województwo', ['voivodeship', 'region', 'woj', 'teryt'], 'mazowieckie'),
  column('city', 'miejscowość', ['city', 'town', 'miasto', 'locality'], 'Warszawa'),
  column('joinedOn', 'data przystąpienia', ['joined', 'joined on', 'date joined', 'join date'], '2024-03-15'),
];

function column(field: MemberField, header: string, aliases: string[], example: string, required = false) {
  return {
    field,
    header,
    aliases,
    required,
    example,
    descriptionKey: `registryValidation.column.${field}` as const,
  };
}

/** A header or a value as compared: folded case and diacritics, "_" and "-" as spaces, spaces collapsed. */
export function foldWord(text: string): string {
  return foldText(text)
    .replace(/[_\-–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER_INDEX = new Map<string, MemberField>(
  COLUMNS.flatMap((described) =>
    [described.header, ...described.aliases].map((h) => [foldWord(h), described.field]),
  ),
);

/** The field a header names, or null for a column the import ignores. */
export function fieldOfHeader(header: string): MemberField | null {
  return HEADER_INDEX.get(foldWord(header)) ?? null;
}

function wordIndex<T extends string>(words: Record<T, readonly string[]>): Map<string, T> {
  return new Map(
    (Object.entries(words) as [T, readonly string[]][]).flatMap(([key, list]) =>
      list.map((word) => [foldWord(word), key] as const),
    ),
  );
}

const TYPE_INDEX = wordIndex(TYPE_WORDS);
const SIZE_INDEX = wordIndex(SIZE_WORDS);

export function organisationTypeOf(value: string): OrganisationType | null {
  return TYPE_INDEX.get(foldWord(value)) ?? null;
}

export function enterpriseSizeOf(value: string): EnterpriseSize | null {
  return SIZE_INDEX.get(foldWord(value)) ?? null;
}

/** A one-row CSV the person can fill in: UTF-8 with BOM and ";" so Polish Excel opens it as it is. */
export function membersTemplateCsv({ withExample = true } = {}): string {
  const lines = [COLUMNS.map((described) => described.header)];
  if (withExample) lines.push(COLUMNS.map((described) => described.example));
  return `\uFEFF${lines.map((cells) => cells.map(quoteCell).join(';')).join('\r\n')}\r\n`;
}

function quoteCell(cell: string): string {
  return /[;",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
