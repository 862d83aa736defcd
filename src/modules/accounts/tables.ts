import type { Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../../platform/time.ts';

export interface UsersTable {
  id: Generated<number>;
  /** Stored lower-cased; unique. */
  email: string;
  name: string;
  passwordHash: string;
  emailVerifiedAt: string | null;
  passwordChangedAt: string | null;
  deletionRequestedAt: string | null;
  /** Base32 TOTP secret while set up or enabled; null without a second factor. */
  totpSecret: string | null;
  totpEnabledAt: string | null;
  /** The time step of the last code accepted; a code at or before it is refused as a replay. */
  totpLastStep: number | null;
  isDemo: Generated<number>;
  /** The language the person reads the portal and their mail in; set at registration, changed on /konto. */
  locale: Generated<Locale>;
  createdAt: string;
}

export interface UserRolesTable {
  userId: number;
  role: string;
  grantedAt: string;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;

export interface SessionsTable {
  /** SHA-256 of the cookie's random value: a copy of the table cannot be replayed as cookies. */
  id: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  /** Absolute end, whatever the activity. */
  expiresAt: string;
  /** When the second factor was verified in this session; null until then. */
  twoFactorAt: string | null;
  ip: string | null;
  userAgent: string | null;
}

export type EmailTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

export interface EmailTokensTable {
  id: Generated<number>;
  userId: number;
  purpose: EmailTokenPurpose;
  tokenHash: string;
  newEmail: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  userId: number;
  name: string;
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** When its creator proved a second factor; null: the token never unlocks a role that needs one. */
  twoFactorAt: string | null;
}

export type Session = Selectable<SessionsTable>;

/** One-time codes that stand in for the TOTP code when the authenticator is lost; stored as SHA-256. */
export interface RecoveryCodesTable {
  id: Generated<number>;
  userId: number;
  codeHash: string;
  usedAt: string | null;
  createdAt: string;
}
