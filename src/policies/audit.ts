import { type Actor, hasRole } from '../modules/accounts/actor.ts';

/** The audit log is read by the ministry's operators and by administrators; nobody writes to it by hand. */
export const auditRules = {
  'audit.read': (actor: Actor | null) => hasRole(actor, 'operator') || hasRole(actor, 'admin'),
};
