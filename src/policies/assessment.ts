import { type Actor, hasRole } from '../modules/accounts/actor.ts';
import type { TeamRole } from '../modules/registry/tables.ts';

/** What a policy needs to know about one expert task: whose it is and how far it has gone. */
export interface TaskAccess {
  /** The task is the actor's own. */
  own: boolean;
  /** The expert has declared no conflict of interest (and accepted confidentiality). */
  declared: boolean;
  submitted: boolean;
}

/** Whether an expert may see the other experts' scores of an application. */
export interface ScoresAccess {
  /** The actor has submitted their own scores for it. */
  ownSubmitted: boolean;
}

/** A panel member's standing on one application. */
export interface PanelAccess {
  member: boolean;
}

/** An application's results for its applicant. */
export interface ResultsAccess {
  teamRole: TeamRole | null;
}

const isOperator = (actor: Actor | null) => hasRole(actor, 'operator') || hasRole(actor, 'admin');
const isExpert = (actor: Actor | null) => hasRole(actor, 'expert');

/**
 * The substantive assessment. Operators assign, schedule, write consensus, rank and record decisions.
 * An expert acts on their own tasks only, sees nothing of an application before declaring no conflict
 * of interest, and sees other experts' scores only after submitting their own. The applicant's team
 * reads its results and appeals. Without a resource the answer is the route-level one.
 */
export const assessmentRules = {
  'assessment.manage': (actor: Actor | null) => isOperator(actor),
  /** The experts a round could use, with their conflicts: names and links stay with the operators. */
  'assessment.listExperts': (actor: Actor | null) => isOperator(actor),
  /** Taking a task back from an expert (the command refuses a submitted one). */
  'assessment.removeAssignment': (actor: Actor | null) => isOperator(actor),
  'assessment.listAppeals': (actor: Actor | null) => isOperator(actor),
  'assessment.interests': (actor: Actor | null) => isExpert(actor),
  'assessment.declare': (actor: Actor | null, task?: TaskAccess) =>
    isExpert(actor) && (task === undefined || (task.own && !task.declared)),
  'assessment.viewApplication': (actor: Actor | null, task?: TaskAccess) =>
    isExpert(actor) && (task === undefined || (task.own && task.declared)),
  'assessment.score': (actor: Actor | null, task?: TaskAccess) =>
    isExpert(actor) && (task === undefined || (task.own && task.declared && !task.submitted)),
  'assessment.viewScores': (actor: Actor | null, scores?: ScoresAccess) =>
    isOperator(actor) || (isExpert(actor) && (scores === undefined || scores.ownSubmitted)),
  'panel.declare': (actor: Actor | null, panel?: PanelAccess) =>
    isExpert(actor) && (panel === undefined || panel.member),
  'assessment.results': (actor: Actor | null, results?: ResultsAccess) =>
    actor !== null && (results === undefined || results.teamRole !== null || isOperator(actor)),
  'assessment.appeal': (actor: Actor | null, results?: ResultsAccess) =>
    actor !== null && (results === undefined || results.teamRole !== null),
};
