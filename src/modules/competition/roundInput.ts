import { warsawToInstant } from '../../platform/time.ts';
import { type CompetitionRules, validateRules } from './rules.ts';

export const STAGE_DEADLINES = [
  'formalCheckDueAt',
  'assessmentDueAt',
  'panelDueAt',
  'decisionDueAt',
] as const;
export type StageDeadline = (typeof STAGE_DEADLINES)[number];

/** A round as the operator gives it: instants already in UTC. */
export interface RoundInput {
  programmeId: number;
  number: number;
  namePl: string;
  nameEn: string;
  descriptionPl: string;
  descriptionEn: string;
  opensAt: string;
  closesAt: string;
  formalCheckDueAt: string | null;
  assessmentDueAt: string | null;
  panelDueAt: string | null;
  decisionDueAt: string | null;
  rules: CompetitionRules;
  /** Why an open round's closing is extended (required then; ignored otherwise). */
  closesAtReason?: string;
}

export type FieldErrors = Record<string, string>;

/**
 * A Warsaw wall-clock value from a datetime-local field as a UTC instant, or the reason it is not
 * one: a time skipped when clocks go forward is refused; a repeated one means its first occurrence.
 */
export function warsawField(
  value: string,
  required: boolean,
): { instant: string | null } | { error: string } {
  const trimmed = value.trim();
  if (trimmed === '') return required ? { error: 'required' } : { instant: null };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(trimmed)) return { error: 'dateTime' };
  try {
    return { instant: warsawToInstant(trimmed).toISOString() };
  } catch {
    return { error: 'nonexistentTime' };
  }
}

/** Order of the dates and the basic facts; the rules are checked by validateRules. */
export function roundInputErrors(input: Omit<RoundInput, 'rules'> & { rules: unknown }): {
  errors: FieldErrors;
  rules?: CompetitionRules;
} {
  const errors: FieldErrors = {};
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 999)
    errors.number = 'roundNumber';
  for (const name of ['namePl', 'nameEn'] as const) {
    const value = input[name].trim();
    if (value === '') errors[name] = 'required';
    else if (value.length > 200) errors[name] = 'tooLong';
  }
  for (const name of ['descriptionPl', 'descriptionEn'] as const)
    if (input[name].length > 10000) errors[name] = 'tooLong';
  Object.assign(errors, dateOrderErrors(input));
  const checked = validateRules(input.rules);
  if ('errors' in checked) {
    for (const error of checked.errors) errors[`rules${error.path}`] = error.message;
    return { errors };
  }
  return { errors, rules: checked.rules };
}

/** The call closes after it opens, and each stage's deadline follows the one before. */
export function dateOrderErrors(
  instants: Partial<Record<'opensAt' | 'closesAt' | StageDeadline, string | null>>,
): FieldErrors {
  const errors: FieldErrors = {};
  const at = (value: string | null | undefined) => (value ? new Date(value).getTime() : null);
  const opens = at(instants.opensAt);
  const closes = at(instants.closesAt);
  if (opens !== null && closes !== null && closes <= opens) errors.closesAt = 'closesBeforeOpens';
  let previous = closes;
  for (const name of STAGE_DEADLINES) {
    const value = at(instants[name]);
    if (value === null) continue;
    if (previous !== null && value < previous) errors[name] = 'deadlineOrder';
    previous = value;
  }
  return errors;
}
