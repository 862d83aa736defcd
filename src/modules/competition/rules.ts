import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { LATEST_ROUND_RULES, ROUND_I_RULES } from './ruleTemplates.ts';

// A round's rules are data: the operator sets them per round, the application wizard, the formal check
// and the assessment read them. Values DOMAIN.md does not know are configurable defaults in the templates
// (listed in CONFIGURABLE_DEFAULTS) — never facts.

export interface Criterion {
  code: string;
  area: string;
  namePl: string;
  nameEn: string;
  guidancePl: string;
  guidanceEn: string;
  maxPoints: number;
  stage: 'stage1' | 'panel';
}
export interface Area {
  code: string;
  namePl: string;
  nameEn: string;
  minPoints: number | null;
}
export interface RequiredAttachment {
  code: string;
  namePl: string;
  nameEn: string;
}
export type Validity = { kind: 'years'; years: number } | { kind: 'until'; date: string };
export interface CompetitionRules {
  eligibility: {
    minYearsOperating: number;
    minMembers: number;
    minEnterprises: number | null;
    minEnterpriseShare: number | null;
    requiredAttachments: RequiredAttachment[];
  };
  areas: Area[];
  criteria: Criterion[];
  thresholds: { stage1: number; final: number };
  expertsPerApplication: number;
  divergenceShare: number;
  minJustificationLength: number;
  tieBreak: string[];
  correctionWindowDays: number;
  appealWindowDays: number;
  /**
   * What an appeal's re-assessment does and how many appeals an application may have; absent means
   * the defaults (`appealRules`): the re-assessment replaces the disputed expert's score, one appeal.
   */
  appeals?: AppealRules;
  validity: Validity;
}

export interface AppealRules {
  reassessment: 'replaceDisputed' | 'addExpert';
  maxPerApplication: number;
}

/** The rules' appeal settings, or the defaults: replace the disputed score; the decision after it is final. */
export function appealRules(rules: Pick<CompetitionRules, 'appeals'>): AppealRules {
  return rules.appeals ?? { reassessment: 'replaceDisputed', maxPerApplication: 1 };
}

const Code = Type.String({ pattern: '^[A-Za-z0-9_-]{1,20}$' });
const Name = Type.String({ minLength: 1, maxLength: 300 });
const Guidance = Type.String({ maxLength: 2000 });
const Share = Type.Number({ minimum: 0, maximum: 1 });
const Count = (minimum: number, maximum: number) => Type.Integer({ minimum, maximum });

export const CompetitionRulesSchema = Type.Object({
  eligibility: Type.Object({
    minYearsOperating: Count(0, 50),
    minMembers: Count(0, 10000),
    minEnterprises: Type.Union([Count(0, 10000), Type.Null()]),
    minEnterpriseShare: Type.Union([Share, Type.Null()]),
    requiredAttachments: Type.Array(Type.Object({ code: Code, namePl: Name, nameEn: Name }), {
      maxItems: 20,
    }),
  }),
  areas: Type.Array(
    Type.Object({
      code: Code,
      namePl: Name,
      nameEn: Name,
      minPoints: Type.Union([Count(0, 1000), Type.Null()]),
    }),
    { minItems: 1, maxItems: 20 },
  ),
  criteria: Type.Array(
    Type.Object({
      code: Code,
      area: Code,
      namePl: Name,
      nameEn: Name,
      guidancePl: Guidance,
      guidanceEn: Guidance,
      maxPoints: Count(1, 1000),
      stage: Type.Union([Type.Literal('stage1'), Type.Literal('panel')]),
    }),
    { minItems: 1, maxItems: 60 },
  ),
  thresholds: Type.Object({ stage1: Count(0, 10000), final: Count(0, 10000) }),
  expertsPerApplication: Count(1, 10),
  divergenceShare: Share,
  minJustificationLength: Count(0, 5000),
  tieBreak: Type.Array(Code, { maxItems: 20 }),
  correctionWindowDays: Count(1, 90),
  appealWindowDays: Count(1, 90),
  appeals: Type.Optional(
    Type.Object({
      reassessment: Type.Union([Type.Literal('replaceDisputed'), Type.Literal('addExpert')]),
      maxPerApplication: Count(0, 10),
    }),
  ),
  validity: Type.Union([
    Type.Object({ kind: Type.Literal('years'), years: Count(1, 20) }),
    Type.Object({ kind: Type.Literal('until'), date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) }),
  ]),
});

// The schema and the interface describe the same shape; this line fails to compile if they drift apart.
const sameShape: Static<typeof CompetitionRulesSchema> extends CompetitionRules ? true : false = true;
void sameShape;

export interface RuleError {
  path: string;
  message: string;
}

export function stageMaximum(rules: CompetitionRules, stage: Criterion['stage']): number {
  return rules.criteria.filter((c) => c.stage === stage).reduce((sum, c) => sum + c.maxPoints, 0);
}

export function totalMaximum(rules: CompetitionRules): number {
  return rules.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
}

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return repeated;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What the shape cannot say: codes unique and referring to each other, thresholds reachable. */
function consistencyErrors(rules: CompetitionRules): RuleError[] {
  const errors: RuleError[] = [];
  const areaCodes = new Set(rules.areas.map((area) => area.code));
  for (const code of duplicates(rules.areas.map((a) => a.code)))
    errors.push({ path: '/areas', message: `Area code ${code} is repeated` });
  for (const code of duplicates(rules.criteria.map((c) => c.code)))
    errors.push({ path: '/criteria', message: `Criterion code ${code} is repeated` });
  for (const code of duplicates(rules.eligibility.requiredAttachments.map((a) => a.code)))
    errors.push({ path: '/eligibility/requiredAttachments', message: `Attachment code ${code} is repeated` });
  rules.criteria.forEach((criterion, index) => {
    if (!areaCodes.has(criterion.area))
      errors.push({ path: `/criteria/${index}/area`, message: `No area with code ${criterion.area}` });
  });
  rules.tieBreak.forEach((code, index) => {
    if (!areaCodes.has(code))
      errors.push({ path: `/tieBreak/${index}`, message: `No area with code ${code}` });
  });
  const stage1Maximum = stageMaximum(rules, 'stage1');
  if (stage1Maximum === 0)
    errors.push({ path: '/criteria', message: 'At least one criterion must be assessed in stage 1' });
  if (rules.thresholds.stage1 > stage1Maximum)
    errors.push({
      path: '/thresholds/stage1',
      message: `Above the stage-1 maximum of ${stage1Maximum} points`,
    });
  if (rules.thresholds.final > totalMaximum(rules))
    errors.push({ path: '/thresholds/final', message: `Above the maximum of ${totalMaximum(rules)} points` });
  rules.areas.forEach((area, index) => {
    const areaMaximum = rules.criteria
      .filter((c) => c.area === area.code)
      .reduce((s, c) => s + c.maxPoints, 0);
    if (area.minPoints !== null && area.minPoints > areaMaximum)
      errors.push({
        path: `/areas/${index}/minPoints`,
        message: `Above the area's maximum of ${areaMaximum}`,
      });
  });
  if (rules.validity.kind === 'until' && !isCalendarDate(rules.validity.date))
    errors.push({ path: '/validity/date', message: 'Not a calendar date (YYYY-MM-DD)' });
  return errors;
}

/** Checks rules typed by an operator or sent to the API; unknown fields are dropped. */
export function validateRules(input: unknown): { rules: CompetitionRules } | { errors: RuleError[] } {
  const cleaned = Value.Clean(CompetitionRulesSchema, structuredClone(input));
  const shapeErrors = [...Value.Errors(CompetitionRulesSchema, cleaned)].map((error) => ({
    path: error.path,
    message: error.message,
  }));
  if (shapeErrors.length > 0) return { errors: shapeErrors };
  const rules = cleaned as CompetitionRules;
  const errors = consistencyErrors(rules);
  return errors.length > 0 ? { errors } : { rules };
}

/** Template values no public source states: the rules page marks them "configurable default". */
export const CONFIGURABLE_DEFAULTS: Record<RuleTemplate, readonly string[]> = {
  ROUND_I_RULES: [
    '/eligibility/minYearsOperating',
    '/eligibility/minMembers',
    '/criteria/maxPoints',
    '/thresholds/stage1',
    '/thresholds/final',
    '/expertsPerApplication',
    '/divergenceShare',
    '/correctionWindowDays',
    '/appealWindowDays',
  ],
  LATEST_ROUND_RULES: [
    '/eligibility/minEnterprises',
    '/eligibility/minEnterpriseShare',
    '/criteria/maxPoints',
    '/thresholds/stage1',
    '/expertsPerApplication',
    '/divergenceShare',
    '/correctionWindowDays',
    '/appealWindowDays',
  ],
};

export { LATEST_ROUND_RULES, ROUND_I_RULES };
export const RULE_TEMPLATES = { ROUND_I_RULES, LATEST_ROUND_RULES } as const;
export type RuleTemplate = keyof typeof RULE_TEMPLATES;

export function isRuleTemplate(value: unknown): value is RuleTemplate {
  return typeof value === 'string' && Object.hasOwn(RULE_TEMPLATES, value);
}

export function rulesFromTemplate(template: RuleTemplate): CompetitionRules {
  return structuredClone(RULE_TEMPLATES[template]);
}
