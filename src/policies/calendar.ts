import { type Actor, hasRole } from '../modules/accounts/actor.ts';
import type { EventState } from '../modules/calendar/eventWorkflow.ts';

/** What a policy needs to know about one event and the actor's relation to it. */
export interface EventAccess {
  state: EventState;
  proposerId: number | null;
  /** The actor is on the team of the organising cluster. */
  onOrganiserTeam: boolean;
  /** The operator lets that cluster's team publish without review. */
  organiserTrusted: boolean;
}

const isModerator = (actor: Actor | null) => hasRole(actor, 'moderator') || hasRole(actor, 'admin');
const isOperator = (actor: Actor | null) => hasRole(actor, 'operator') || hasRole(actor, 'admin');
const publishesOwn = (actor: Actor | null, event: EventAccess) =>
  actor !== null && event.onOrganiserTeam && event.organiserTrusted;

/**
 * The events calendar: anyone signed in (and so verified) proposes an event; moderators publish,
 * return or reject proposals; the proposer corrects a proposal until it is decided; a published event
 * is changed or cancelled by moderators and by the team of its cluster when the operator lets that
 * team publish without review. Without a resource the answer is the route-level one ("could, for some").
 */
export const calendarRules = {
  'calendar.event.propose': (actor: Actor | null) => actor !== null,
  'calendar.event.moderate': (actor: Actor | null) => isModerator(actor),
  'calendar.event.publishDirectly': (actor: Actor | null, event?: EventAccess) =>
    isModerator(actor) || (event !== undefined && publishesOwn(actor, event)),
  'calendar.event.edit': (actor: Actor | null, event?: EventAccess) => {
    if (actor === null) return false;
    if (event === undefined || isModerator(actor)) return true;
    if (event.state === 'published') return publishesOwn(actor, event);
    if (event.state === 'rejected') return false;
    return event.proposerId === actor.userId;
  },
  'calendar.event.cancel': (actor: Actor | null, event?: EventAccess) =>
    actor !== null &&
    (event === undefined ||
      (event.state === 'published' && (isModerator(actor) || publishesOwn(actor, event)))),
  'calendar.event.view': (actor: Actor | null, event?: EventAccess) =>
    event === undefined ||
    event.state === 'published' ||
    isModerator(actor) ||
    (actor !== null && event.proposerId === actor.userId),
  'calendar.trust.manage': (actor: Actor | null) => isOperator(actor),
};
