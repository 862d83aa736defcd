import type { Generated, Insertable, Selectable } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  /** Stored lower-cased; unique. */
  email: string;
  name: string;
  passwordHash: string;
  emailVerifiedAt: string | null;
  isDemo: Generated<number>;
  createdAt: string;
}

export interface UserRolesTable {
  userId: number;
  role: string;
  grantedAt: string;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
