import { FORM_FIELDS } from './applicationForm.ts';
import { eligibilityConditions } from './eligibility.ts';
import type { CompetitionRules } from './rules.ts';
import type { ApplicationSnapshot } from './snapshot.ts';

/** One line of the formal check: what the rules ask and what the snapshot shows. */
export interface ChecklistItem {
  /** 'eligibility:yearsOperating', 'attachment:strategy', 'complete:employment', … */
  key: string;
  kind: 'eligibility' | 'attachment' | 'completeness';
  code: string;
  required: string;
  actual: string;
  /** What the data says on its own; the operator confirms or overrides it. */
  met: boolean;
}

/** The checklist for one submitted version: each eligibility condition, each attachment, each answer. */
export function formalChecklist(rules: CompetitionRules, snapshot: ApplicationSnapshot): ChecklistItem[] {
  const day = snapshot.submittedAt.slice(0, 10);
  const eligibility = eligibilityConditions(rules, snapshot.cluster, day).map((condition) => ({
    key: `eligibility:${condition.code}`,
    kind: 'eligibility' as const,
    code: condition.code,
    required: String(condition.required),
    actual: condition.actual === null ? '' : String(condition.actual),
    met: condition.met,
  }));
  const attachments = rules.eligibility.requiredAttachments.map((required) => {
    const file = snapshot.attachments.find((a) => a.code === required.code);
    return {
      key: `attachment:${required.code}`,
      kind: 'attachment' as const,
      code: required.code,
      required: required.namePl,
      actual: file ? file.fileName : '',
      met: file !== undefined,
    };
  });
  const completeness = FORM_FIELDS.filter((spec) => spec.required).map((spec) => {
    const value = snapshot.answers[spec.name];
    return {
      key: `complete:${spec.name}`,
      kind: 'completeness' as const,
      code: spec.name,
      required: '',
      actual: value === null || value === undefined ? '' : String(value),
      met: value !== null && value !== undefined && value !== '',
    };
  });
  return [...eligibility, ...attachments, ...completeness];
}
