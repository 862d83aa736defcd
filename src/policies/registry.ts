import { type Actor, hasRole } from '../modules/accounts/actor.ts';
import type { TeamRole } from '../modules/registry/tables.ts';

/** What a policy needs to know about one cluster: the actor's place in its team, if any. */
export interface ClusterAccess {
  teamRole: TeamRole | null;
}

const isOperator = (actor: Actor | null) => hasRole(actor, 'operator') || hasRole(actor, 'admin');

/**
 * The registry: anyone signed in may register a cluster (and so becomes its owner); the team edits
 * its own cluster only; the owner manages the team; the ministry's operators review registrations and
 * edit the entry criteria. Without a resource the answer is the route-level one ("could, for some").
 */
export const registryRules = {
  'cluster.register': (actor: Actor | null) => actor !== null,
  'cluster.edit': (actor: Actor | null, cluster?: ClusterAccess) =>
    actor !== null && (cluster === undefined || cluster.teamRole !== null),
  'cluster.manageTeam': (actor: Actor | null, cluster?: ClusterAccess) =>
    actor !== null && (cluster === undefined || cluster.teamRole === 'owner'),
  'cluster.review': (actor: Actor | null) => isOperator(actor),
  'registry.criteria.edit': (actor: Actor | null) => isOperator(actor),
};
