// The application's questions, generated once for every round (the attachments come from its rules).
// The draft keeps what was typed, as typed; the snapshot keeps the checked values.

export type FieldKind = 'text' | 'email' | 'url' | 'integer' | 'decimal' | 'longText';
export type WizardStep = 'cluster' | 'figures' | 'strategy' | 'attachments' | 'review';

export const WIZARD_STEPS: readonly WizardStep[] = [
  'cluster',
  'figures',
  'strategy',
  'attachments',
  'review',
];

export interface FieldSpec {
  name: string;
  step: WizardStep;
  kind: FieldKind;
  required: boolean;
  maxLength: number;
}

const field = (
  name: string,
  step: WizardStep,
  kind: FieldKind,
  maxLength = 200,
  required = true,
): FieldSpec => ({
  name,
  step,
  kind,
  required,
  maxLength,
});

export const FORM_FIELDS: readonly FieldSpec[] = [
  field('contactPerson', 'cluster', 'text'),
  field('contactEmail', 'cluster', 'email'),
  field('contactPhone', 'cluster', 'text', 40, false),
  field('website', 'cluster', 'url', 300, false),
  field('employment', 'figures', 'integer', 12),
  field('revenue', 'figures', 'decimal', 20),
  field('exports', 'figures', 'decimal', 20),
  field('rdSpending', 'figures', 'decimal', 20),
  field('patents', 'figures', 'integer', 12),
  field('jointProjects', 'figures', 'integer', 12),
  field('strategySummary', 'strategy', 'longText', 5000),
  field('actionPlan', 'strategy', 'longText', 10000),
];

export const FIELD_NAMES = FORM_FIELDS.map((spec) => spec.name);

export function fieldsOfStep(step: WizardStep): FieldSpec[] {
  return FORM_FIELDS.filter((spec) => spec.step === step);
}

export function isWizardStep(value: unknown): value is WizardStep {
  return typeof value === 'string' && (WIZARD_STEPS as readonly string[]).includes(value);
}

/** What the coordinator typed, field by field, as text. */
export type ApplicationForm = Record<string, string>;

export function parseForm(json: string): ApplicationForm {
  const parsed: unknown = JSON.parse(json);
  const form: ApplicationForm = {};
  if (parsed && typeof parsed === 'object')
    for (const name of FIELD_NAMES) {
      const value = (parsed as Record<string, unknown>)[name];
      if (typeof value === 'string') form[name] = value;
    }
  return form;
}

/** Only known fields, as strings, cut to their maximum length so a draft never grows without bound. */
export function pickFields(input: Record<string, unknown>, fields: readonly FieldSpec[]): ApplicationForm {
  const picked: ApplicationForm = {};
  for (const spec of fields) {
    const value = input[spec.name];
    if (typeof value === 'string') picked[spec.name] = value.slice(0, spec.maxLength * 2);
    else if (typeof value === 'number') picked[spec.name] = String(value);
  }
  return picked;
}

const INTEGER = /^\d{1,12}$/;
const DECIMAL = /^\d{1,15}([.,]\d{1,2})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type FieldProblem = 'required' | 'tooLong' | 'integer' | 'decimal' | 'email' | 'url';

/** What is wrong with one typed value, or null. */
export function fieldProblem(spec: FieldSpec, raw: string | undefined): FieldProblem | null {
  const value = (raw ?? '').trim();
  if (value === '') return spec.required ? 'required' : null;
  if (value.length > spec.maxLength) return 'tooLong';
  const normalised = value.replace(/\s/g, '');
  if (spec.kind === 'integer' && !INTEGER.test(normalised)) return 'integer';
  if (spec.kind === 'decimal' && !DECIMAL.test(normalised)) return 'decimal';
  if (spec.kind === 'email' && !EMAIL.test(value)) return 'email';
  if (spec.kind === 'url' && !/^https?:\/\/\S+\.\S+$/.test(value)) return 'url';
  return null;
}

export function formProblems(form: ApplicationForm, fields: readonly FieldSpec[] = FORM_FIELDS) {
  const problems: Record<string, FieldProblem> = {};
  for (const spec of fields) {
    const problem = fieldProblem(spec, form[spec.name]);
    if (problem) problems[spec.name] = problem;
  }
  return problems;
}

/** The checked value as the snapshot stores it: numbers for figures, trimmed text otherwise. */
export function normalisedValue(spec: FieldSpec, raw: string | undefined): string | number | null {
  const value = (raw ?? '').trim();
  if (value === '') return null;
  if (spec.kind === 'integer') return Number.parseInt(value.replace(/\s/g, ''), 10);
  if (spec.kind === 'decimal') return Number(value.replace(/\s/g, '').replace(',', '.'));
  return value;
}
