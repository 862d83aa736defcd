import { instantToWarsaw } from '../../platform/time.ts';
import type { Round } from './queries.ts';
import { dateOrderErrors, type RoundInput, STAGE_DEADLINES, warsawField } from './roundInput.ts';
import type { CompetitionRules } from './rules.ts';
import {
  type FormValues,
  postedRulesForm,
  type RulesFormModel,
  rulesFromForm,
  rulesToForm,
} from './rulesForm.ts';

// The operator's round form: the call's facts (dates typed as Warsaw wall-clock time) and the rules editor.

export const BASIC_FIELDS = [
  'programmeId',
  'number',
  'namePl',
  'nameEn',
  'descriptionPl',
  'descriptionEn',
  'closesAtReason',
] as const;
export const DATE_FIELDS = ['opensAt', 'closesAt', ...STAGE_DEADLINES] as const;

export interface RoundFormModel {
  basics: FormValues;
  rules: RulesFormModel;
  /** false once the round has opened: the rules are shown, not edited. */
  rulesEditable: boolean;
}

export function roundToForm(round: Round): RoundFormModel {
  const basics: FormValues = {
    programmeId: String(round.programmeId),
    number: String(round.number),
    namePl: round.namePl,
    nameEn: round.nameEn,
    descriptionPl: round.descriptionPl,
    descriptionEn: round.descriptionEn,
    closesAtReason: '',
  };
  for (const name of DATE_FIELDS) {
    const value = round[name];
    basics[name] = value ? instantToWarsaw(value) : '';
  }
  return { basics, rules: rulesToForm(round.rules), rulesEditable: true };
}

export function blankForm(rules: CompetitionRules, programmeId: number): RoundFormModel {
  const basics: FormValues = {
    programmeId: String(programmeId),
    number: '',
    namePl: '',
    nameEn: '',
    descriptionPl: '',
    descriptionEn: '',
    closesAtReason: '',
  };
  for (const name of DATE_FIELDS) basics[name] = '';
  return { basics, rules: rulesToForm(rules), rulesEditable: true };
}

export function postedRoundForm(
  body: Record<string, unknown>,
  rulesEditable: boolean,
  storedRules?: CompetitionRules,
): RoundFormModel {
  const basics: FormValues = {};
  for (const name of [...BASIC_FIELDS, ...DATE_FIELDS]) {
    const value = body[name];
    basics[name] = typeof value === 'string' ? value.slice(0, 12000) : '';
  }
  const rules = rulesEditable || !storedRules ? postedRulesForm(body) : rulesToForm(storedRules);
  return { basics, rules, rulesEditable };
}

/** The round the form describes, or every problem at its field. */
export function roundFromForm(
  model: RoundFormModel,
  storedRules?: CompetitionRules,
): { input: RoundInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const b = model.basics;
  const instants: Record<string, string | null> = {};
  for (const name of DATE_FIELDS) {
    const parsed = warsawField(b[name] ?? '', name === 'opensAt' || name === 'closesAt');
    if ('error' in parsed) errors[name] = parsed.error;
    else instants[name] = parsed.instant;
  }
  Object.assign(errors, dateOrderErrors(instants), errors);
  let rules = storedRules;
  if (model.rulesEditable || !storedRules) {
    const checked = rulesFromForm(model.rules);
    if ('errors' in checked) Object.assign(errors, checked.errors);
    else rules = checked.rules;
  }
  const number = Number.parseInt(b.number ?? '', 10);
  if (!/^\d+$/.test((b.number ?? '').trim())) errors.number = 'roundNumber';
  if (Object.keys(errors).length > 0 || !rules) return { errors };
  return {
    input: {
      programmeId: Number.parseInt(b.programmeId ?? '1', 10),
      number,
      namePl: b.namePl ?? '',
      nameEn: b.nameEn ?? '',
      descriptionPl: b.descriptionPl ?? '',
      descriptionEn: b.descriptionEn ?? '',
      opensAt: instants.opensAt ?? '',
      closesAt: instants.closesAt ?? '',
      formalCheckDueAt: instants.formalCheckDueAt ?? null,
      assessmentDueAt: instants.assessmentDueAt ?? null,
      panelDueAt: instants.panelDueAt ?? null,
      decisionDueAt: instants.decisionDueAt ?? null,
      rules,
      closesAtReason: b.closesAtReason ?? '',
    },
  };
}
