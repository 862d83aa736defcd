import { type Actor, hasRole } from '../modules/accounts/actor.ts';

/** A person's own account, sessions and tokens: only they manage them. */
export const accountRules = {
  'account.manage': (actor: Actor | null, owner?: { userId: number }) =>
    actor !== null && (owner === undefined || owner.userId === actor.userId),
  'users.manage': (actor: Actor | null) => hasRole(actor, 'admin'),
};
