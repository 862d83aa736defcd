import type { Locale } from '../../../platform/time.ts';
import type { CriterionKind } from './tables.ts';

/** A criterion as the questionnaire asks it. */
export interface AskedCriterion {
  code: string;
  kind: CriterionKind;
  minimum: number | null;
  questionPl: string;
  questionEn: string;
}

export interface GivenAnswer extends AskedCriterion {
  answer: number;
}

/** An unmet criterion and why: a "no", or a number below the minimum. */
export interface UnmetCriterion {
  code: string;
  question: string;
  reason: 'answeredNo' | 'belowMinimum';
  answer: number;
  minimum: number | null;
}

export type QuestionnaireCheck =
  | {
      kind: 'invalid';
      errors: Record<
        string,
        'registration.questionnaire.answerYesNo' | 'registration.questionnaire.answerNumber'
      >;
    }
  | { kind: 'failed'; answers: GivenAnswer[]; unmet: UnmetCriterion[] }
  | { kind: 'passed'; answers: GivenAnswer[] };

const YES = new Set(['tak', 'yes', 'true', '1']);
const NO = new Set(['nie', 'no', 'false', '0']);
export const MAX_CRITERION_ANSWER = 1_000_000;

/** The form field of a criterion's answer. */
export function answerField(code: string): string {
  return `kryterium-${code}`;
}

function readAnswer(kind: CriterionKind, raw: unknown): number | null {
  const value =
    typeof raw === 'string'
      ? raw.trim().toLowerCase()
      : typeof raw === 'boolean'
        ? String(raw)
        : typeof raw === 'number'
          ? String(raw)
          : '';
  if (kind === 'yes_no') return YES.has(value) ? 1 : NO.has(value) ? 0 : null;
  if (!/^\d{1,7}$/.test(value)) return null;
  const number = Number(value);
  return number <= MAX_CRITERION_ANSWER ? number : null;
}

function unmetReason(answer: GivenAnswer): UnmetCriterion['reason'] | null {
  if (answer.kind === 'yes_no') return answer.answer === 1 ? null : 'answeredNo';
  return answer.answer >= (answer.minimum ?? 0) ? null : 'belowMinimum';
}

/**
 * Checks the answers (keyed by criterion code) against every active criterion: unanswered or
 * malformed answers are field errors; otherwise the result passes only when every criterion is met,
 * and names each unmet one with its reason.
 */
export function checkQuestionnaire(
  criteria: readonly AskedCriterion[],
  raw: Record<string, unknown>,
  locale: Locale,
): QuestionnaireCheck {
  const errors: Record<
    string,
    'registration.questionnaire.answerYesNo' | 'registration.questionnaire.answerNumber'
  > = {};
  const answers: GivenAnswer[] = [];
  for (const criterion of criteria) {
    const answer = readAnswer(criterion.kind, raw[criterion.code]);
    if (answer === null) {
      errors[answerField(criterion.code)] =
        criterion.kind === 'yes_no'
          ? 'registration.questionnaire.answerYesNo'
          : 'registration.questionnaire.answerNumber';
    } else answers.push({ ...criterion, answer });
  }
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const unmet = answers.flatMap((answer) => {
    const reason = unmetReason(answer);
    if (!reason) return [];
    const question = locale === 'en' ? answer.questionEn : answer.questionPl;
    return [{ code: answer.code, question, reason, answer: answer.answer, minimum: answer.minimum }];
  });
  return unmet.length > 0 ? { kind: 'failed', answers, unmet } : { kind: 'passed', answers };
}
