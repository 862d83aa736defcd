import { type Actor, hasRole } from '../modules/accounts/actor.ts';

/** The KKK status registry is public to read; only the ministry's operators revoke a status. */
export const statusRules = {
  'kkk.status.revoke': (actor: Actor | null) => hasRole(actor, 'operator') || hasRole(actor, 'admin'),
};
