import type { MessageKey } from '../../ui/i18n/messages.ts';
import type { Criterion } from '../competition/rules.ts';

export interface ScoreEntry {
  points: number | null;
  justification: string;
}

/** Field name of a criterion's points or justification, in forms and in API field errors. */
export const pointsField = (code: string) => `points-${code}`;
export const justificationField = (code: string) => `justification-${code}`;

/**
 * Field errors of a score sheet: points are whole numbers from 0 to the criterion's maximum; for
 * submission every criterion needs points and a justification of the rules' minimum length. A draft
 * may leave fields empty but may not hold impossible points.
 */
export function scoreSheetErrors(
  criteria: readonly Criterion[],
  entries: Readonly<Record<string, ScoreEntry>>,
  props: { minJustificationLength: number; complete: boolean },
): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  for (const criterion of criteria) {
    const entry = entries[criterion.code];
    const points = entry?.points ?? null;
    if (points === null) {
      if (props.complete) errors[pointsField(criterion.code)] = 'assessment.error.pointsMissing';
    } else if (!Number.isInteger(points) || points < 0 || points > criterion.maxPoints) {
      errors[pointsField(criterion.code)] = 'assessment.error.pointsRange';
    }
    const length = [...(entry?.justification ?? '').trim()].length;
    if (props.complete && length < props.minJustificationLength) {
      errors[justificationField(criterion.code)] = 'assessment.error.justificationShort';
    }
  }
  return errors;
}

/** Form fields (points-A1=12, justification-A1=…) as entries; text that is not a whole number stays invalid. */
export function entriesFromForm(
  criteria: readonly Criterion[],
  form: Readonly<Record<string, unknown>>,
): Record<string, ScoreEntry> {
  return Object.fromEntries(
    criteria.map((criterion) => {
      const raw = String(form[pointsField(criterion.code)] ?? '').trim();
      const points = raw === '' ? null : /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
      return [
        criterion.code,
        { points, justification: String(form[justificationField(criterion.code)] ?? '') },
      ];
    }),
  );
}
