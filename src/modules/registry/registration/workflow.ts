/**
 * The registration workflow, in one place: a registration is a cluster row whose status moves
 * draft → submitted → published | returned | rejected, and returned → submitted again once corrected.
 * Published is the only public state; rejected is final.
 */
export const REGISTRATION_STATES = ['draft', 'submitted', 'returned', 'published', 'rejected'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export type Transition = 'submit' | 'approve' | 'return' | 'reject';

/** Who may take a transition: the cluster's own team, or an operator reviewing it. */
export type Performer = 'team' | 'operator';

interface TransitionRule {
  from: readonly RegistrationState[];
  to: RegistrationState;
  by: Performer;
  /** The operator must say why (comments for corrections, the reason of a rejection). */
  needsComment: boolean;
}

export const TRANSITIONS: Readonly<Record<Transition, TransitionRule>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'team', needsComment: false },
  approve: { from: ['submitted'], to: 'published', by: 'operator', needsComment: false },
  return: { from: ['submitted'], to: 'returned', by: 'operator', needsComment: true },
  reject: { from: ['submitted'], to: 'rejected', by: 'operator', needsComment: true },
};

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

export function isRegistrationState(value: string): value is RegistrationState {
  return (REGISTRATION_STATES as readonly string[]).includes(value);
}

/** The state a transition leads to from this one, or null when it is not allowed from here. */
export function nextState(from: string, transition: Transition): RegistrationState | null {
  const rule = TRANSITIONS[transition];
  return isRegistrationState(from) && rule.from.includes(from) ? rule.to : null;
}

/** The transitions open from a state. */
export function transitionsFrom(state: string): Transition[] {
  return TRANSITION_NAMES.filter((transition) => nextState(state, transition) !== null);
}

/** The team fills in and changes the whole form while it is a draft or returned for corrections. */
export function isFormEditable(state: string): boolean {
  return state === 'draft' || state === 'returned';
}

/** A published profile: the team edits it, and its material changes wait for an operator. */
export function isProfileEditable(state: string): boolean {
  return state === 'published';
}

/** The lighter review of a published profile's material change: one step, approve or reject. */
export const CHANGE_TRANSITIONS = {
  approve: { from: 'pending', to: 'approved', needsComment: false },
  reject: { from: 'pending', to: 'rejected', needsComment: true },
} as const;

export type ChangeDecision = keyof typeof CHANGE_TRANSITIONS;

export function nextChangeState(from: string, decision: ChangeDecision): 'approved' | 'rejected' | null {
  const rule = CHANGE_TRANSITIONS[decision];
  return from === rule.from ? rule.to : null;
}
