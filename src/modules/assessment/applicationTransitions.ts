import { canTransition, statesLeadingTo as leadingTo } from '../../platform/workflow.ts';
import { APPLICATION_WORKFLOW, type ApplicationState } from '../competition/applicationStates.ts';

/**
 * The assessment moves applications from formally_accepted on along the one application workflow
 * (`APPLICATION_WORKFLOW` in competition/applicationStates.ts). Every move is a conditional UPDATE on
 * the states the table lets lead to the target, so two people acting at once cannot both move it.
 */
export function canMove(from: string, to: ApplicationState): boolean {
  return canTransition(APPLICATION_WORKFLOW, from, to);
}

/** The states a move into `to` may start from. */
export function statesLeadingTo(to: ApplicationState): ApplicationState[] {
  return leadingTo(APPLICATION_WORKFLOW, to);
}

/** States in which experts may still be assigned to an application. */
export const ASSIGNABLE_STATES: ApplicationState[] = ['formally_accepted', 'in_assessment'];
