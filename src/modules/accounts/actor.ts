import type { Role } from './roles.ts';

/** Roles that act for the ministry or judge others: usable only after a second factor (TOTP). */
export const ROLES_NEEDING_TWO_FACTOR: readonly Role[] = ['operator', 'expert', 'admin'];

/** Who is making a request, as every policy sees them. */
export interface Actor {
  userId: number;
  email: string;
  name: string;
  /** The roles usable in this request (privileged ones only once the second factor is verified). */
  roles: Role[];
  /** Privileged roles held but not usable yet: the person must set up or verify TOTP first. */
  rolesAwaitingTwoFactor: Role[];
  via: 'session' | 'token';
}

/** Splits held roles into those usable now and those waiting for the second factor. */
export function effectiveRoles(
  held: Role[],
  twoFactorVerified: boolean,
): Pick<Actor, 'roles' | 'rolesAwaitingTwoFactor'> {
  if (twoFactorVerified) return { roles: held, rolesAwaitingTwoFactor: [] };
  return {
    roles: held.filter((role) => !ROLES_NEEDING_TWO_FACTOR.includes(role)),
    rolesAwaitingTwoFactor: held.filter((role) => ROLES_NEEDING_TWO_FACTOR.includes(role)),
  };
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor?.roles.includes(role) ?? false;
}
