import type { ApplicationState } from '../competition/applicationStates.ts';

/**
 * The application states the assessment moves, as data: experts assigned, stage 1 decided, the panel
 * and ranking, the minister's decision, and the way back when scoring is re-opened or an appeal
 * orders a re-assessment. Every move is a conditional UPDATE on the current state, so two people
 * acting at once cannot both move the same application.
 */
export const ASSESSMENT_TRANSITIONS = {
  formally_accepted: ['in_assessment'],
  in_assessment: ['below_threshold', 'panel'],
  below_threshold: ['in_assessment', 'refused'],
  panel: ['in_assessment', 'recommended', 'not_recommended'],
  recommended: ['granted', 'refused', 'panel'],
  not_recommended: ['refused', 'panel'],
  refused: ['in_assessment'],
  granted: [],
} as const satisfies Partial<Record<ApplicationState, readonly ApplicationState[]>>;

export type AssessmentState = keyof typeof ASSESSMENT_TRANSITIONS;

export function canMove(from: string, to: ApplicationState): boolean {
  const allowed = (ASSESSMENT_TRANSITIONS as Record<string, readonly string[]>)[from];
  return allowed?.includes(to) ?? false;
}

/** The states a move into `to` may start from. */
export function statesLeadingTo(to: ApplicationState): ApplicationState[] {
  return (Object.entries(ASSESSMENT_TRANSITIONS) as [ApplicationState, readonly string[]][])
    .filter(([, targets]) => targets.includes(to))
    .map(([from]) => from);
}

/** States in which experts may still be assigned to an application. */
export const ASSIGNABLE_STATES: ApplicationState[] = ['formally_accepted', 'in_assessment'];
