// Every state an application can be in. C (this module) moves draft → submitted → formal outcome and
// withdrawal; the assessment module moves formally_accepted onwards.

export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'corrections_requested',
  'formally_accepted',
  'formally_rejected',
  'withdrawn',
  'in_assessment',
  'below_threshold',
  'panel',
  'recommended',
  'not_recommended',
  'granted',
  'refused',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export function isApplicationState(value: unknown): value is ApplicationState {
  return typeof value === 'string' && (APPLICATION_STATES as readonly string[]).includes(value);
}

/** The competition core's transitions; the assessment's live in src/modules/assessment. */
export const CORE_TRANSITIONS: Readonly<Record<string, readonly ApplicationState[]>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['formally_accepted', 'formally_rejected', 'corrections_requested', 'withdrawn'],
  corrections_requested: ['submitted', 'formally_rejected', 'withdrawn'],
};

export function coreTransitionAllowed(from: ApplicationState, to: ApplicationState): boolean {
  return CORE_TRANSITIONS[from]?.includes(to) ?? false;
}

/** States from which the coordinator may still withdraw: no decision by the minister yet. */
export const WITHDRAWABLE_STATES: readonly ApplicationState[] = [
  'draft',
  'submitted',
  'corrections_requested',
  'formally_accepted',
  'in_assessment',
  'below_threshold',
  'panel',
  'recommended',
  'not_recommended',
];

export function canBeWithdrawn(state: ApplicationState): boolean {
  return WITHDRAWABLE_STATES.includes(state);
}
