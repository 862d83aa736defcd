/** The roles a person can hold; several at once. */
export const ROLES = ['user', 'coordinator', 'expert', 'operator', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
