// Used by the tests only: people with roles, signed in through a session cookie.
import type { FastifyInstance } from 'fastify';
import { Visitor } from '../../../test/visitor.ts';
import { systemClock } from '../../platform/clock.ts';
import { SESSION_COOKIE, sessionStarter } from '../accounts/sessions.ts';
import { userCreator } from '../accounts/userCreator.ts';

let people = 0;

/** A new account with the roles given, and a browser signed in as it (second factor verified unless told). */
export async function signedInPerson(
  app: FastifyInstance,
  roles: string[],
  options: { twoFactorVerified?: boolean; email?: string } = {},
): Promise<{ id: number; email: string; visitor: Visitor }> {
  people += 1;
  const email = options.email ?? `osoba${people}-${roles.join('-') || 'user'}@example.pl`;
  const user = await userCreator({
    db: app.db,
    clock: systemClock,
    email,
    password: 'bardzo-dlugie-haslo',
    roles,
  });
  const session = await sessionStarter(app.db, {
    userId: user.id,
    now: new Date(),
    twoFactorVerified: options.twoFactorVerified ?? true,
  });
  const visitor = new Visitor(app);
  visitor.cookies.set(SESSION_COOKIE, session.token);
  return { id: user.id, email: user.email, visitor };
}
