import type { Actor } from '../modules/accounts/actor.ts';
import { MODULES, type ModuleRules } from '../modules/index.ts';
import { assemblePortal } from '../platform/module.ts';

/**
 * Every ability in the portal: one file of rules per resource, each module's listed in its module.ts
 * and merged here from the module list. Routes and pages ask can(); the same answers decide which
 * links and buttons a page shows.
 */
const RULES = assemblePortal(MODULES).rules as ModuleRules;

export type Action = keyof ModuleRules;
type ResourceOf<A extends Action> = Parameters<ModuleRules[A]>[1];

export function can<A extends Action>(actor: Actor | null, action: A, resource?: ResourceOf<A>): boolean {
  const rule = RULES[action] as (actor: Actor | null, resource?: unknown) => boolean;
  return rule(actor, resource);
}

export const ACTIONS = Object.keys(RULES) as Action[];

/** How a route is guarded: open to all, to anyone signed in, or to those who can do an action. */
export type RouteAccess = 'public' | 'signedIn' | Action;
