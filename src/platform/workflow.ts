/**
 * A workflow as data: its states and, for each, the states it may move to. Commands ask the table
 * (`assertTransition`, `statesLeadingTo` for the conditional UPDATE) instead of naming states, so the
 * table is the one place a workflow's rules live.
 */
export interface Workflow<S extends string> {
  name: string;
  states: readonly S[];
  transitions: Readonly<Record<S, readonly S[]>>;
}

export function defineWorkflow<S extends string>(
  name: string,
  states: readonly S[],
  transitions: Readonly<Record<S, readonly S[]>>,
): Workflow<S> {
  return { name, states, transitions };
}

export function isState<S extends string>(workflow: Workflow<S>, value: unknown): value is S {
  return typeof value === 'string' && (workflow.states as readonly string[]).includes(value);
}

export function canTransition<S extends string>(workflow: Workflow<S>, from: string, to: S): boolean {
  return isState(workflow, from) && workflow.transitions[from].includes(to);
}

/** The states a move into `to` may start from: the `WHERE state IN (…)` of the conditional UPDATE. */
export function statesLeadingTo<S extends string>(workflow: Workflow<S>, to: S): S[] {
  return workflow.states.filter((from) => workflow.transitions[from].includes(to));
}

/**
 * Refuses a move the table does not allow, with the command's own refusal (its existing error code),
 * e.g. `assertTransition(APPLICATION_WORKFLOW, application.state, 'withdrawn', () =>
 * new DomainError('conflict', 'not_withdrawable', …))`.
 */
export function assertTransition<S extends string>(
  workflow: Workflow<S>,
  from: string,
  to: S,
  refusal: () => Error,
): asserts from is S {
  if (!canTransition(workflow, from, to)) throw refusal();
}
