import { type Actor, hasRole } from '../modules/accounts/actor.ts';
import type { TeamRole } from '../modules/registry/tables.ts';

/** What a policy needs to know about one application: the actor's place in its cluster's team. */
export interface ApplicationAccess {
  teamRole: TeamRole | null;
  /** An expert the assessment assigned to this application (the assessment module says so). */
  assignedExpert?: boolean;
}

const isOperator = (actor: Actor | null) => hasRole(actor, 'operator') || hasRole(actor, 'admin');

/**
 * The competition core: operators run rounds and the formal check; a cluster's team applies for its
 * own published cluster and nobody else's; attachments are read by the team, the operators and the
 * experts assigned to the application. Without a resource the answer is the route-level one.
 */
export const competitionRules = {
  'rounds.manage': (actor: Actor | null) => isOperator(actor),
  'applications.apply': (actor: Actor | null, application?: ApplicationAccess) =>
    actor !== null && (application === undefined || application.teamRole !== null),
  'applications.read': (actor: Actor | null, application?: ApplicationAccess) =>
    actor !== null && (application === undefined || application.teamRole !== null || isOperator(actor)),
  'applications.readAttachment': (actor: Actor | null, application?: ApplicationAccess) =>
    actor !== null &&
    (application === undefined ||
      application.teamRole !== null ||
      isOperator(actor) ||
      (application.assignedExpert === true && hasRole(actor, 'expert'))),
  'applications.formalCheck': (actor: Actor | null) => isOperator(actor),
  /** Every application of a round, any cluster's: the operators' overview. */
  'rounds.listApplications': (actor: Actor | null) => isOperator(actor),
};
