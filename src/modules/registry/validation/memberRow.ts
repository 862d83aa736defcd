import { DateTime } from 'luxon';
import { hasMarkup } from '../../../platform/text.ts';
import type { EnterpriseSize, OrganisationType } from '../organisationTypes.ts';
import { VOIVODESHIPS, type VoivodeshipCode } from '../voivodeships.ts';
import {
  krsProblem,
  nipProblem,
  normaliseKrs,
  normaliseNip,
  normaliseRegon,
  normaliseTerytVoivodeship,
  regonProblem,
  terytVoivodeshipProblem,
  type ValidationMessageKey,
} from './identifiers.ts';
import { enterpriseSizeOf, foldWord, type MemberField, organisationTypeOf } from './memberColumns.ts';

/** One valid row of a members file, ready for the step that writes it. */
export interface MemberRow {
  /** The row number the person sees in the spreadsheet (the header is row 1). */
  row: number;
  name: string;
  nip: string | null;
  regon: string | null;
  krs: string | null;
  type: OrganisationType;
  size: EnterpriseSize | null;
  voivodeship: VoivodeshipCode | null;
  city: string | null;
  /** A calendar date, YYYY-MM-DD. */
  joinedOn: string | null;
}

export interface RowError {
  row: number;
  /** null when the problem is the row as a whole (more cells than the header has). */
  column: MemberField | null;
  messageKey: ValidationMessageKey;
  params?: Record<string, string | number>;
}

export type Cells = Partial<Record<MemberField, string>>;
export interface RowOptions {
  /** Today in Warsaw (YYYY-MM-DD): a joining date after it is refused. */
  today?: string;
}

export const MAX_NAME_LENGTH = 300;
export const MAX_CITY_LENGTH = 100;

type Checked<T> = { value: T } | { messageKey: ValidationMessageKey; params?: Record<string, number> };

const identifier =
  (problem: (value: string) => ValidationMessageKey | null, normalise: (value: string) => string) =>
  (value: string): Checked<string> => {
    const messageKey = problem(value);
    return messageKey ? { messageKey } : { value: normalise(value) };
  };

function text(value: string, max: number): Checked<string> {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean.length > max) return { messageKey: 'registryValidation.text.tooLong', params: { max } };
  if (hasMarkup(clean)) return { messageKey: 'registryValidation.text.markup' };
  return { value: clean };
}

function organisationType(value: string): Checked<OrganisationType> {
  const type = organisationTypeOf(value);
  return type ? { value: type } : { messageKey: 'registryValidation.type.unknown' };
}

function enterpriseSize(value: string): Checked<EnterpriseSize> {
  const size = enterpriseSizeOf(value);
  return size ? { value: size } : { messageKey: 'registryValidation.size.unknown' };
}

const VOIVODESHIP_NAMES = new Map(
  Object.entries(VOIVODESHIPS).flatMap(([code, names]) => [
    [foldWord(names.pl), code as VoivodeshipCode],
    [foldWord(names.en), code as VoivodeshipCode],
  ]),
);

/** A voivodeship by TERYT code ("14"), Polish name ("woj. mazowieckie") or English name ("Masovian"). */
export function voivodeshipCodeOf(value: string): VoivodeshipCode | null {
  if (/^[\d\s]+$/.test(value)) {
    return terytVoivodeshipProblem(value) ? null : (normaliseTerytVoivodeship(value) as VoivodeshipCode);
  }
  const name = foldWord(value)
    .replace(/^(wojewodztwo|woj\.?)\s*/, '')
    .replace(/\s*(voivodeship|province)$/, '');
  return VOIVODESHIP_NAMES.get(name) ?? null;
}

function voivodeship(value: string): Checked<VoivodeshipCode> {
  const code = voivodeshipCodeOf(value);
  return code ? { value: code } : { messageKey: 'registryValidation.voivodeship.unknown' };
}

/** YYYY-MM-DD, or DD.MM.YYYY as Polish Excel writes dates (leading zeros optional). */
const DATE_PATTERNS = [
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/,
  /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})$/,
];

function dateOf(value: string): DateTime | null {
  const parts = DATE_PATTERNS.map((pattern) => pattern.exec(value)?.groups).find(Boolean);
  if (!parts) return null;
  const date = DateTime.fromObject(
    { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) },
    { zone: 'UTC' },
  );
  return date.isValid ? date : null;
}

const calendarDate =
  (today: string | undefined) =>
  (value: string): Checked<string> => {
    const date = dateOf(value);
    if (!date) return { messageKey: 'registryValidation.date.invalid' };
    if (today && date > DateTime.fromISO(today, { zone: 'UTC' })) {
      return { messageKey: 'registryValidation.date.future' };
    }
    return { value: date.toISODate() as string };
  };

/** Checks every cell of one row; a row with any problem yields its errors and no member. */
export function validateMemberRow(
  cells: Cells,
  row: number,
  options: RowOptions = {},
): { member: MemberRow } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const read = <T>(field: MemberField, check: (value: string) => Checked<T>): T | null => {
    const raw = cells[field]?.trim() ?? '';
    if (raw === '') return null;
    const checked = check(raw);
    if ('value' in checked) return checked.value;
    errors.push({ row, column: field, ...checked });
    return null;
  };
  const required = (field: MemberField, messageKey: ValidationMessageKey) => {
    if (!cells[field]?.trim()) errors.push({ row, column: field, messageKey });
  };

  required('name', 'registryValidation.name.required');
  const name = read('name', (value) => text(value, MAX_NAME_LENGTH));
  const nip = read('nip', identifier(nipProblem, normaliseNip));
  const regon = read('regon', identifier(regonProblem, normaliseRegon));
  const krs = read('krs', identifier(krsProblem, normaliseKrs));
  required('type', 'registryValidation.type.required');
  const type = read('type', organisationType);
  const size = read('size', enterpriseSize);
  if (size && type && type !== 'enterprise') {
    errors.push({ row, column: 'size', messageKey: 'registryValidation.size.onlyEnterprise' });
  }
  const voivodeshipCode = read('voivodeship', voivodeship);
  const city = read('city', (value) => text(value, MAX_CITY_LENGTH));
  const joinedOn = read('joinedOn', calendarDate(options.today));

  if (errors.length > 0 || !name || !type) return { errors };
  return { member: { row, name, nip, regon, krs, type, size, voivodeship: voivodeshipCode, city, joinedOn } };
}
