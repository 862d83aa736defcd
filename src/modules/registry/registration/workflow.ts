import { canTransition, defineWorkflow, statesLeadingTo, type Workflow } from '../../../platform/workflow.ts';

/**
 * The registration workflow, in one place: a registration is a cluster row whose status moves
 * draft → submitted → published | returned | rejected, and returned → submitted again once corrected.
 * Published is the only public state; rejected is final.
 */
export const REGISTRATION_STATES = ['draft', 'submitted', 'returned', 'published', 'rejected'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** The one table of the registration workflow: each state and the states it may move to. */
export const REGISTRATION_WORKFLOW: Workflow<RegistrationState> = defineWorkflow(
  'registration',
  REGISTRATION_STATES,
  {
    draft: ['submitted'],
    submitted: ['published', 'returned', 'rejected'],
    returned: ['submitted'],
    published: [],
    rejected: [],
  },
);

export type Transition = 'submit' | 'approve' | 'return' | 'reject';

/** Who may take a transition: the cluster's own team, or an operator reviewing it. */
export type Performer = 'team' | 'operator';

interface TransitionRule {
  /** The states the table lets lead to `to`. */
  from: readonly RegistrationState[];
  to: RegistrationState;
  by: Performer;
  /** The operator must say why (comments for corrections, the reason of a rejection). */
  needsComment: boolean;
}

function rule(to: RegistrationState, by: Performer, needsComment: boolean): TransitionRule {
  return { from: statesLeadingTo(REGISTRATION_WORKFLOW, to), to, by, needsComment };
}

/** The named moves people take, each into a state of the table (its `from` read from the table). */
export const TRANSITIONS: Readonly<Record<Transition, TransitionRule>> = {
  submit: rule('submitted', 'team', false),
  approve: rule('published', 'operator', false),
  return: rule('returned', 'operator', true),
  reject: rule('rejected', 'operator', true),
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

/** The team fills in and changes the whole form while it can still be submitted: a draft, or returned. */
export function isFormEditable(state: string): boolean {
  return canTransition(REGISTRATION_WORKFLOW, state, 'submitted');
}

/** A published profile: the team edits it, and its material changes wait for an operator. */
export function isProfileEditable(state: string): boolean {
  return state === 'published';
}

export const CHANGE_STATES = ['pending', 'approved', 'rejected'] as const;
export type ChangeState = (typeof CHANGE_STATES)[number];

/** The lighter review of a published profile's material change: one step, approve or reject. */
export const CHANGE_WORKFLOW: Workflow<ChangeState> = defineWorkflow('cluster change', CHANGE_STATES, {
  pending: ['approved', 'rejected'],
  approved: [],
  rejected: [],
});

export const CHANGE_TRANSITIONS = {
  approve: { to: 'approved', needsComment: false },
  reject: { to: 'rejected', needsComment: true },
} as const;

export type ChangeDecision = keyof typeof CHANGE_TRANSITIONS;

export function nextChangeState(from: string, decision: ChangeDecision): 'approved' | 'rejected' | null {
  const { to } = CHANGE_TRANSITIONS[decision];
  return canTransition(CHANGE_WORKFLOW, from, to) ? to : null;
}
