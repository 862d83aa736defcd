import { hasMarkup } from '../../../platform/text.ts';
import { warsawDate } from '../../../platform/time.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { isIndustryCode } from '../industries.ts';
import { isKisCode } from '../kis.ts';
import {
  krsProblem,
  nipProblem,
  normaliseKrs,
  normaliseNip,
  normaliseRegon,
  regonProblem,
} from '../validation/identifiers.ts';
import { VOIVODESHIPS } from '../voivodeships.ts';
import { isReservedSlug } from './reservedSlugs.ts';

/** The registration form's single-line and multi-line text fields, as stored. */
export const TEXT_FIELDS = [
  'name',
  'slug',
  'coordinatorName',
  'coordinatorLegalForm',
  'coordinatorNip',
  'coordinatorRegon',
  'coordinatorKrs',
  'coordinatorAddress',
  'coordinatorCity',
  'coordinatorVoivodeship',
  'descriptionPl',
  'descriptionEn',
  'foundedOn',
  'formalisedOn',
  'website',
  'contactPerson',
  'email',
  'phone',
  'offerPl',
  'offerEn',
  'needsPl',
  'needsEn',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const LIST_FIELDS = ['industries', 'kis', 'regions'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export type RegistrationValues = Record<TextField, string> & Record<ListField, string[]>;
/** Field problems; `members` is the member list's (edited on its own page). */
export type RegistrationErrors = Partial<Record<TextField | ListField | 'members', MessageKey>>;

/** Fields a published profile changes only through an operator's review (the lighter one). */
export const MATERIAL_FIELDS = [
  'name',
  'coordinatorName',
  'coordinatorLegalForm',
  'coordinatorNip',
  'coordinatorRegon',
  'coordinatorKrs',
  'coordinatorAddress',
  'coordinatorCity',
  'coordinatorVoivodeship',
] as const satisfies readonly TextField[];

export const LONG_TEXT_FIELDS: ReadonlySet<TextField> = new Set([
  'descriptionPl',
  'descriptionEn',
  'offerPl',
  'offerEn',
  'needsPl',
  'needsEn',
]);
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 5000;
/** The longest cluster name. */
export const MAX_NAME = MAX_SHORT_TEXT;

/** What a submitted registration must have; a draft may leave any of it empty. */
const REQUIRED: readonly (TextField | ListField)[] = [
  'name',
  'slug',
  'coordinatorName',
  'coordinatorLegalForm',
  'coordinatorNip',
  'coordinatorRegon',
  'coordinatorAddress',
  'coordinatorCity',
  'coordinatorVoivodeship',
  'descriptionPl',
  'foundedOn',
  'industries',
  'website',
  'contactPerson',
  'email',
];

/** The fields that hold a name: the portal's one name rule applies to each. */
const NAME_FIELDS = ['name', 'coordinatorName', 'contactPerson'] as const satisfies readonly TextField[];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyValues(): RegistrationValues {
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>),
    industries: [],
    kis: [],
    regions: [],
  };
}

const listOf = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined || raw === null || raw === '' ? [] : [raw])
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter(Boolean);

/** The form's values from a request body (HTML form or JSON): strings trimmed, lists as arrays. Text is kept as typed. */
export function readRegistrationValues(
  body: Record<string, unknown>,
  base = emptyValues(),
): RegistrationValues {
  const values = { ...base };
  for (const field of TEXT_FIELDS) {
    const raw = body[field];
    if (typeof raw === 'string') values[field] = raw.replace(/\r\n/g, '\n').trim();
  }
  for (const field of LIST_FIELDS) if (field in body) values[field] = [...new Set(listOf(body[field]))];
  return values;
}

function realDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function httpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkFormats(values: RegistrationValues, errors: RegistrationErrors, today: string): void {
  for (const field of TEXT_FIELDS) {
    if (values[field].length > (LONG_TEXT_FIELDS.has(field) ? MAX_LONG_TEXT : MAX_SHORT_TEXT))
      errors[field] = 'registration.form.tooLong';
  }
  const set = (field: TextField | ListField, key: MessageKey | null) => {
    if (key && !errors[field]) errors[field] = key;
  };
  for (const field of NAME_FIELDS)
    if (values[field] && hasMarkup(values[field])) set(field, 'validation.nameMarkup');
  if (values.slug) {
    if (!SLUG.test(values.slug)) set('slug', 'registration.form.slugInvalid');
    else if (isReservedSlug(values.slug)) set('slug', 'registration.form.slugReserved');
  }
  if (values.coordinatorNip) set('coordinatorNip', nipProblem(values.coordinatorNip));
  if (values.coordinatorRegon) set('coordinatorRegon', regonProblem(values.coordinatorRegon));
  if (values.coordinatorKrs) set('coordinatorKrs', krsProblem(values.coordinatorKrs));
  if (values.coordinatorVoivodeship && !(values.coordinatorVoivodeship in VOIVODESHIPS))
    set('coordinatorVoivodeship', 'registration.form.voivodeshipUnknown');
  for (const field of ['foundedOn', 'formalisedOn'] as const) {
    if (!values[field]) continue;
    if (!realDate(values[field])) set(field, 'registration.form.dateInvalid');
    else if (values[field] > today) set(field, 'registration.form.dateFuture');
  }
  if (
    values.foundedOn &&
    values.formalisedOn &&
    !errors.foundedOn &&
    !errors.formalisedOn &&
    values.formalisedOn < values.foundedOn
  )
    set('formalisedOn', 'registration.form.formalisedBeforeFounded');
  if (values.website && !httpUrl(values.website)) set('website', 'registration.form.websiteInvalid');
  if (values.email && !EMAIL.test(values.email)) set('email', 'registration.form.emailInvalid');
  if (values.phone && !PHONE.test(values.phone)) set('phone', 'registration.form.phoneInvalid');
  if (!values.industries.every(isIndustryCode)) set('industries', 'registration.form.listUnknown');
  if (!values.kis.every(isKisCode)) set('kis', 'registration.form.listUnknown');
  if (!values.regions.every((code) => code in VOIVODESHIPS)) set('regions', 'registration.form.listUnknown');
}

/**
 * Checks the form: the format of every value given (a draft too), and — on submission — that nothing
 * required is missing. Returns the errors and the values with identifiers normalised.
 */
export function checkRegistration(
  raw: RegistrationValues,
  mode: 'draft' | 'submit',
  now: Date,
): { values: RegistrationValues; errors: RegistrationErrors } {
  const errors: RegistrationErrors = {};
  checkFormats(raw, errors, warsawDate(now));
  if (mode === 'submit') {
    for (const field of REQUIRED) {
      const value = raw[field];
      if ((Array.isArray(value) ? value.length === 0 : value === '') && !errors[field])
        errors[field] =
          field === 'industries' ? 'registration.form.industryRequired' : 'registration.form.required';
    }
  }
  const values = { ...raw };
  if (!errors.coordinatorNip && values.coordinatorNip)
    values.coordinatorNip = normaliseNip(values.coordinatorNip);
  if (!errors.coordinatorRegon && values.coordinatorRegon)
    values.coordinatorRegon = normaliseRegon(values.coordinatorRegon);
  if (!errors.coordinatorKrs && values.coordinatorKrs)
    values.coordinatorKrs = normaliseKrs(values.coordinatorKrs);
  return { values, errors };
}
