import { canTransition, defineWorkflow, statesLeadingTo, type Workflow } from '../../platform/workflow.ts';

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

/**
 * The application workflow, the one table of it: competition moves draft → submitted → formal outcome
 * and withdrawal; the assessment moves formally_accepted onwards (experts, stage 1, panel, ranking,
 * the minister's decision, and back to in_assessment when scoring is re-opened or an appeal orders a
 * re-assessment). Withdrawal is allowed from every state before the minister's decision, the panel
 * and its ranking included (see CONTEXT.md, "States").
 */
export const APPLICATION_WORKFLOW: Workflow<ApplicationState> = defineWorkflow(
  'application',
  APPLICATION_STATES,
  {
    draft: ['submitted', 'withdrawn'],
    submitted: ['formally_accepted', 'formally_rejected', 'corrections_requested', 'withdrawn'],
    corrections_requested: ['submitted', 'formally_rejected', 'withdrawn'],
    formally_accepted: ['in_assessment', 'withdrawn'],
    formally_rejected: [],
    withdrawn: [],
    in_assessment: ['below_threshold', 'panel', 'withdrawn'],
    below_threshold: ['in_assessment', 'refused', 'withdrawn'],
    panel: ['in_assessment', 'recommended', 'not_recommended', 'withdrawn'],
    recommended: ['granted', 'refused', 'panel', 'withdrawn'],
    not_recommended: ['refused', 'panel', 'withdrawn'],
    granted: [],
    refused: ['in_assessment'],
  },
);

/** Whether the table allows the move. */
export function applicationMayMove(from: string, to: ApplicationState): boolean {
  return canTransition(APPLICATION_WORKFLOW, from, to);
}

/** States from which the coordinator may still withdraw: no decision by the minister yet. */
export const WITHDRAWABLE_STATES: readonly ApplicationState[] = statesLeadingTo(
  APPLICATION_WORKFLOW,
  'withdrawn',
);

export function canBeWithdrawn(state: ApplicationState): boolean {
  return applicationMayMove(state, 'withdrawn');
}
