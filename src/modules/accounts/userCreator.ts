import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { Clock } from '../../platform/clock.ts';
import { type DomainError, invalid } from '../../platform/domainError.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';
import { isRole, type Role } from './roles.ts';

export interface NewUserProps {
  db: Kysely<Database>;
  clock: Clock;
  email: string;
  password: string;
  name?: string;
  roles: string[];
  isDemo?: boolean;
  /** Who creates the account, for the audit log; null or absent for the system (CLI, seed). */
  actorId?: number | null;
}

/** A refused account: the detail is the sentence the console prints. */
function userInputRefusal(detail: string): DomainError {
  return invalid({}, 'api.validation', detail);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates a verified account with the given roles (for bootstrapping, demo data and tests). */
export async function userCreator(
  props: NewUserProps,
): Promise<{ id: number; email: string; roles: Role[] }> {
  const email = props.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw userInputRefusal(`Not a valid e-mail address: ${props.email}`);
  if (props.password.length < MIN_PASSWORD_LENGTH) {
    throw userInputRefusal(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  const unknown = props.roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw userInputRefusal(`Unknown role: ${unknown.join(', ')}`);
  const roles = [...new Set(['user', ...props.roles])] as Role[];
  const passwordHash = await hashPassword(props.password);
  const instant = props.clock.now();
  const now = instant.toISOString();
  return props.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw userInputRefusal(`An account with the e-mail ${email} already exists`);
    const user = await trx
      .insertInto('users')
      .values({
        email,
        name: props.name?.trim() || email,
        passwordHash,
        emailVerifiedAt: now,
        isDemo: props.isDemo ? 1 : 0,
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('userRoles')
      .values(roles.map((role) => ({ userId: user.id, role, grantedAt: now })))
      .execute();
    await auditRecorder(
      trx,
      {
        actorId: props.actorId ?? null,
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        summary: { after: { email, roles } },
      },
      instant,
    );
    return { id: user.id, email, roles };
  });
}
