import type { Actor } from '../modules/accounts/actor.ts';
import { accountRules } from './accounts.ts';
import { assessmentRules } from './assessment.ts';
import { auditRules } from './audit.ts';
import { competitionRules } from './competition.ts';
import { registryRules } from './registry.ts';
import { statusRules } from './statuses.ts';

/**
 * Every ability in the portal, one file of rules per resource. Routes and pages ask can(); the same
 * answers decide which links and buttons a page shows.
 */
const RULES = {
  ...accountRules,
  ...auditRules,
  ...registryRules,
  ...competitionRules,
  ...assessmentRules,
  ...statusRules,
};

export type Action = keyof typeof RULES;
type ResourceOf<A extends Action> = Parameters<(typeof RULES)[A]>[1];

export function can<A extends Action>(actor: Actor | null, action: A, resource?: ResourceOf<A>): boolean {
  const rule = RULES[action] as (actor: Actor | null, resource?: unknown) => boolean;
  return rule(actor, resource);
}

export const ACTIONS = Object.keys(RULES) as Action[];

/** How a route is guarded: open to all, to anyone signed in, or to those who can do an action. */
export type RouteAccess = 'public' | 'signedIn' | Action;
