import type { CompetitionRules } from './rules.ts';
import { appealRules, validateRules } from './rules.ts';

// The rules editor as a plain HTML form: one field per value, a table row per area, criterion and
// attachment (flat names such as "criterion-3-maxPoints"), rows added by a button that re-shows the
// form and removed by a checkbox — so it works without JavaScript.

export type FormValues = Record<string, string>;

export interface RulesFormModel {
  values: FormValues;
  rows: { area: number; criterion: number; attachment: number };
}

const AREA_COLUMNS = ['code', 'namePl', 'nameEn', 'minPoints'] as const;
const CRITERION_COLUMNS = [
  'code',
  'area',
  'namePl',
  'nameEn',
  'guidancePl',
  'guidanceEn',
  'maxPoints',
  'stage',
] as const;
const ATTACHMENT_COLUMNS = ['code', 'namePl', 'nameEn'] as const;

const percent = (share: number | null) => (share === null ? '' : String(Math.round(share * 1000) / 10));

export function rulesToForm(rules: CompetitionRules): RulesFormModel {
  const e = rules.eligibility;
  const appeals = appealRules(rules);
  const values: FormValues = {
    minYearsOperating: String(e.minYearsOperating),
    minMembers: String(e.minMembers),
    minEnterprises: e.minEnterprises === null ? '' : String(e.minEnterprises),
    minEnterpriseShare: percent(e.minEnterpriseShare),
    thresholdStage1: String(rules.thresholds.stage1),
    thresholdFinal: String(rules.thresholds.final),
    expertsPerApplication: String(rules.expertsPerApplication),
    divergenceShare: percent(rules.divergenceShare),
    minJustificationLength: String(rules.minJustificationLength),
    correctionWindowDays: String(rules.correctionWindowDays),
    appealWindowDays: String(rules.appealWindowDays),
    appealReassessment: appeals.reassessment,
    appealsPerApplication: String(appeals.maxPerApplication),
    tieBreak: rules.tieBreak.join(', '),
    validityKind: rules.validity.kind,
    validityYears: rules.validity.kind === 'years' ? String(rules.validity.years) : '',
    validityDate: rules.validity.kind === 'until' ? rules.validity.date : '',
  };
  rules.areas.forEach((area, i) => {
    for (const column of AREA_COLUMNS)
      values[`area-${i}-${column}`] = area[column] === null ? '' : String(area[column]);
  });
  rules.criteria.forEach((criterion, i) => {
    for (const column of CRITERION_COLUMNS) values[`criterion-${i}-${column}`] = String(criterion[column]);
  });
  e.requiredAttachments.forEach((attachment, i) => {
    for (const column of ATTACHMENT_COLUMNS) values[`attachment-${i}-${column}`] = attachment[column];
  });
  return {
    values,
    rows: {
      area: rules.areas.length,
      criterion: rules.criteria.length,
      attachment: e.requiredAttachments.length,
    },
  };
}

const MAX_ROWS = 60;

function rowCount(body: Record<string, unknown>, name: string): number {
  const count = Number.parseInt(String(body[name] ?? '0'), 10);
  return Number.isInteger(count) && count >= 0 ? Math.min(count, MAX_ROWS) : 0;
}

/** The posted form as text, every known field kept exactly as typed (for re-showing it). */
export function postedRulesForm(body: Record<string, unknown>): RulesFormModel {
  const rows = {
    area: rowCount(body, 'areaRows'),
    criterion: rowCount(body, 'criterionRows'),
    attachment: rowCount(body, 'attachmentRows'),
  };
  const values: FormValues = {};
  const text = (name: string) => {
    const value = body[name];
    values[name] = typeof value === 'string' ? value.slice(0, 5000) : '';
  };
  for (const name of Object.keys(rulesToForm(EMPTY).values)) text(name);
  const tables = [
    ['area', AREA_COLUMNS, rows.area],
    ['criterion', CRITERION_COLUMNS, rows.criterion],
    ['attachment', ATTACHMENT_COLUMNS, rows.attachment],
  ] as const;
  for (const [prefix, columns, count] of tables)
    for (let i = 0; i < count; i++) {
      for (const column of columns) text(`${prefix}-${i}-${column}`);
      if (body[`${prefix}-${i}-remove`] !== undefined) values[`${prefix}-${i}-remove`] = 'on';
    }
  return { values, rows };
}

const EMPTY: CompetitionRules = {
  eligibility: {
    minYearsOperating: 0,
    minMembers: 0,
    minEnterprises: null,
    minEnterpriseShare: null,
    requiredAttachments: [],
  },
  areas: [],
  criteria: [],
  thresholds: { stage1: 0, final: 0 },
  expertsPerApplication: 1,
  divergenceShare: 0,
  minJustificationLength: 0,
  tieBreak: [],
  correctionWindowDays: 1,
  appealWindowDays: 1,
  validity: { kind: 'years', years: 1 },
};

/** A number as typed (a comma for decimals allowed); NaN for text that is not one. */
function numberOf(value: string | undefined): number {
  const trimmed = (value ?? '').trim().replace(',', '.');
  return trimmed === '' || !/^-?\d+(\.\d+)?$/.test(trimmed) ? Number.NaN : Number(trimmed);
}

const optionalNumber = (value: string | undefined) => ((value ?? '').trim() === '' ? null : numberOf(value));

/** Rows kept: not ticked for removal and not left entirely blank; remembers each one's row on the form. */
function keptRows(
  model: RulesFormModel,
  prefix: 'area' | 'criterion' | 'attachment',
  columns: readonly string[],
): number[] {
  const kept: number[] = [];
  for (let i = 0; i < model.rows[prefix]; i++) {
    if (model.values[`${prefix}-${i}-remove`]) continue;
    if (columns.every((column) => (model.values[`${prefix}-${i}-${column}`] ?? '').trim() === '')) continue;
    kept.push(i);
  }
  return kept;
}

/** Where on the form a problem found at a rules path is shown. */
function fieldOfPath(
  path: string,
  maps: { area: number[]; criterion: number[]; attachment: number[] },
): string {
  const parts = path.split('/').filter(Boolean);
  const [top, second, third] = parts;
  const row = (
    prefix: 'area' | 'criterion' | 'attachment',
    index: string | undefined,
    column: string | undefined,
  ) => {
    const original = maps[prefix][Number(index ?? 0)] ?? 0;
    return `${prefix}-${original}-${column ?? 'code'}`;
  };
  if (top === 'eligibility' && second === 'requiredAttachments') return row('attachment', third, parts[3]);
  if (top === 'eligibility') return second ?? 'minYearsOperating';
  if (top === 'areas') return row('area', second, third);
  if (top === 'criteria') return row('criterion', second, third);
  if (top === 'thresholds') return second === 'final' ? 'thresholdFinal' : 'thresholdStage1';
  if (top === 'tieBreak') return 'tieBreak';
  if (top === 'appeals') return second === 'reassessment' ? 'appealReassessment' : 'appealsPerApplication';
  if (top === 'validity') return second === 'date' ? 'validityDate' : 'validityYears';
  return top ?? 'minYearsOperating';
}

/** The rules the form describes, or the problems field by field (numbers that are not numbers first). */
export function rulesFromForm(
  model: RulesFormModel,
): { rules: CompetitionRules } | { errors: Record<string, string> } {
  const v = model.values;
  const maps = {
    area: keptRows(model, 'area', AREA_COLUMNS),
    criterion: keptRows(
      model,
      'criterion',
      CRITERION_COLUMNS.filter((c) => c !== 'stage'),
    ),
    attachment: keptRows(model, 'attachment', ATTACHMENT_COLUMNS),
  };
  const share = (name: string) => {
    const value = optionalNumber(v[name]);
    return value === null ? null : value / 100;
  };
  const candidate = {
    eligibility: {
      minYearsOperating: numberOf(v.minYearsOperating),
      minMembers: numberOf(v.minMembers),
      minEnterprises: optionalNumber(v.minEnterprises),
      minEnterpriseShare: share('minEnterpriseShare'),
      requiredAttachments: maps.attachment.map((i) => ({
        code: (v[`attachment-${i}-code`] ?? '').trim(),
        namePl: (v[`attachment-${i}-namePl`] ?? '').trim(),
        nameEn: (v[`attachment-${i}-nameEn`] ?? '').trim(),
      })),
    },
    areas: maps.area.map((i) => ({
      code: (v[`area-${i}-code`] ?? '').trim(),
      namePl: (v[`area-${i}-namePl`] ?? '').trim(),
      nameEn: (v[`area-${i}-nameEn`] ?? '').trim(),
      minPoints: optionalNumber(v[`area-${i}-minPoints`]),
    })),
    criteria: maps.criterion.map((i) => ({
      code: (v[`criterion-${i}-code`] ?? '').trim(),
      area: (v[`criterion-${i}-area`] ?? '').trim(),
      namePl: (v[`criterion-${i}-namePl`] ?? '').trim(),
      nameEn: (v[`criterion-${i}-nameEn`] ?? '').trim(),
      guidancePl: (v[`criterion-${i}-guidancePl`] ?? '').trim(),
      guidanceEn: (v[`criterion-${i}-guidanceEn`] ?? '').trim(),
      maxPoints: numberOf(v[`criterion-${i}-maxPoints`]),
      stage: v[`criterion-${i}-stage`] === 'panel' ? 'panel' : 'stage1',
    })),
    thresholds: { stage1: numberOf(v.thresholdStage1), final: numberOf(v.thresholdFinal) },
    expertsPerApplication: numberOf(v.expertsPerApplication),
    divergenceShare: share('divergenceShare') ?? Number.NaN,
    minJustificationLength: numberOf(v.minJustificationLength),
    tieBreak: (v.tieBreak ?? '')
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
    correctionWindowDays: numberOf(v.correctionWindowDays),
    appealWindowDays: numberOf(v.appealWindowDays),
    appeals: {
      reassessment: v.appealReassessment === 'addExpert' ? 'addExpert' : 'replaceDisputed',
      maxPerApplication: numberOf(v.appealsPerApplication),
    },
    validity:
      v.validityKind === 'until'
        ? { kind: 'until', date: (v.validityDate ?? '').trim() }
        : { kind: 'years', years: numberOf(v.validityYears) },
  };
  const checked = validateRules(candidate);
  if ('rules' in checked) return checked;
  const errors: Record<string, string> = notNumbers(model);
  for (const error of checked.errors) {
    const field = fieldOfPath(error.path, maps);
    errors[field] ??= error.message;
  }
  return { errors };
}

/** A blank row added to one of the tables (the "add" buttons). */
export function withExtraRow(
  model: RulesFormModel,
  table: 'area' | 'criterion' | 'attachment',
): RulesFormModel {
  if (model.rows[table] >= MAX_ROWS) return model;
  return {
    values: { ...model.values, [`${table}-${model.rows[table]}-stage`]: 'stage1' },
    rows: { ...model.rows, [table]: model.rows[table] + 1 },
  };
}

const NUMBER_FIELDS = [
  'minYearsOperating',
  'minMembers',
  'minEnterprises',
  'minEnterpriseShare',
  'thresholdStage1',
  'thresholdFinal',
  'expertsPerApplication',
  'divergenceShare',
  'minJustificationLength',
  'correctionWindowDays',
  'appealWindowDays',
  'appealsPerApplication',
];

/** Fields holding text where a number belongs: said in the visitor's words before anything else. */
function notNumbers(model: RulesFormModel): Record<string, string> {
  const names = [
    ...NUMBER_FIELDS,
    ...(model.values.validityKind === 'until' ? [] : ['validityYears']),
    ...Array.from({ length: model.rows.criterion }, (_, i) => `criterion-${i}-maxPoints`),
    ...Array.from({ length: model.rows.area }, (_, i) => `area-${i}-minPoints`),
  ];
  const errors: Record<string, string> = {};
  for (const name of names) {
    const value = (model.values[name] ?? '').trim();
    const optional = name === 'minEnterprises' || name === 'minEnterpriseShare' || name.endsWith('minPoints');
    if (value === '' ? !optional : Number.isNaN(numberOf(value))) errors[name] = 'number';
  }
  return errors;
}
