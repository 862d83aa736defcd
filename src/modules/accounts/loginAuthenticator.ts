import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

// Checked when the e-mail is unknown, so a wrong address takes as long as a wrong password.
const decoyHash = hashPassword('decoy-password-for-unknown-accounts');

export interface AuthenticatedUser {
  id: number;
  email: string;
  locale?: string;
  totpEnabled: boolean;
}

/**
 * The account for an e-mail and password, or null — the same null for an unknown address, a wrong
 * password and an unconfirmed address, so the answer never tells which.
 */
export async function loginAuthenticator(
  db: Kysely<Database>,
  props: { email: string; password: string },
): Promise<AuthenticatedUser | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'passwordHash', 'emailVerifiedAt', 'totpEnabledAt'])
    .where('email', '=', props.email.trim().toLowerCase())
    .executeTakeFirst();
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), props.password);
  if (!user || !matches || !user.emailVerifiedAt) return null;
  return { id: user.id, email: user.email, totpEnabled: user.totpEnabledAt !== null };
}
