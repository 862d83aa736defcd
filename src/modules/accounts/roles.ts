import type { MessageKey, Translate } from '../../ui/i18n/messages.ts';

/** The roles a person can hold; several at once. */
export const ROLES = ['user', 'coordinator', 'expert', 'operator', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

const ROLE_LABELS: Record<Role, MessageKey> = {
  user: 'admin.role.user',
  coordinator: 'admin.role.coordinator',
  expert: 'admin.role.expert',
  operator: 'admin.role.operator',
  moderator: 'admin.role.moderator',
  admin: 'admin.role.admin',
};

/** A role's name in the visitor's language. */
export function roleLabel(role: Role, t: Translate): string {
  return t(ROLE_LABELS[role]);
}
