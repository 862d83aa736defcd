import type { Translate } from '../../ui/i18n/messages.ts';
import type { AutoAssignment } from './roundAutoAssigner.ts';

/** What an automatic assignment did, in words: how many of the required slots it filled, and what is missing. */
export function autoAssignmentSummary(
  result: Pick<AutoAssignment, 'required' | 'expertsNeeded'> & { assigned: number },
  t: Translate,
): string {
  const counts = { assigned: result.assigned, required: result.required };
  if (result.required === 0) return t('assessment.auto.nothing');
  if (result.expertsNeeded === 0) return t('assessment.auto.complete', counts);
  return t('assessment.auto.shortfall', { ...counts, count: result.expertsNeeded });
}
