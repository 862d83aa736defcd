import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { lockAuditChain } from '../../platform/audit/lock.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { DomainError, type DomainErrorKind } from '../../platform/domainError.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { isRole, ROLES, type Role } from './roles.ts';
import { rolesOf, sessionsRevoker } from './sessions.ts';

export type RoleChange = 'grant' | 'revoke';
export type RoleChangeProblem = 'unknown_role' | 'unknown_user' | 'already_held' | 'not_held' | 'last_admin';

const KIND: Record<RoleChangeProblem, DomainErrorKind> = {
  unknown_role: 'invalid',
  unknown_user: 'not_found',
  already_held: 'conflict',
  not_held: 'conflict',
  last_admin: 'conflict',
};

const MESSAGE: Record<RoleChangeProblem, MessageKey> = {
  unknown_role: 'admin.user.unknownRole',
  unknown_user: 'api.notFound',
  already_held: 'admin.user.alreadyHeld',
  not_held: 'admin.user.notHeld',
  last_admin: 'admin.user.lastAdmin',
};

/** A refused role change: the code is the problem, the detail a sentence for the console. */
function roleChangeRefusal(problem: RoleChangeProblem, detail: string, role = ''): DomainError {
  return new DomainError(KIND[problem], problem, MESSAGE[problem], { detail, params: { role } });
}

export interface RoleChangeProps {
  db: Kysely<Database>;
  userId: number;
  change: RoleChange;
  role: string;
  /** Who decides; null for the system (the CLI). */
  actorId: number | null;
  now: Date;
  requestId?: string;
  ip?: string;
}

export interface RoleChangeResult {
  email: string;
  role: Role;
  before: Role[];
  after: Role[];
}

/**
 * Grants or revokes one role, records the change in the audit log and ends every session of the
 * person, all in one transaction: the new privileges apply from a fresh sign-in (session rotation).
 */
export async function roleChanger(props: RoleChangeProps): Promise<RoleChangeResult> {
  const role = props.role;
  if (!isRole(role)) throw roleChangeRefusal('unknown_role', `Unknown role: ${role}`, role);
  return props.db.transaction().execute(async (trx) => {
    // Taken first, so two revocations cannot both see "another admin is left".
    await lockAuditChain(trx);
    const user = await trx
      .selectFrom('users')
      .select('email')
      .where('id', '=', props.userId)
      .executeTakeFirst();
    if (!user) throw roleChangeRefusal('unknown_user', `No account with the id ${props.userId}`, role);
    const before = inRoleOrder(await rolesOf(trx, props.userId));
    await refuseIfPointless(trx, props.change, role, user.email, before);
    if (props.change === 'grant') {
      await trx
        .insertInto('userRoles')
        .values({ userId: props.userId, role, grantedAt: props.now.toISOString() })
        .execute();
    } else {
      await trx.deleteFrom('userRoles').where('userId', '=', props.userId).where('role', '=', role).execute();
    }
    const after = inRoleOrder(
      props.change === 'grant' ? [...before, role] : before.filter((r) => r !== role),
    );
    await auditRecorder(
      trx,
      {
        actorId: props.actorId,
        action: props.change === 'grant' ? 'user.role_granted' : 'user.role_revoked',
        entityType: 'user',
        entityId: props.userId,
        summary: { before: { roles: before }, after: { roles: after } },
        requestId: props.requestId,
        ip: props.ip,
      },
      props.now,
    );
    await sessionsRevoker(trx, props.userId);
    return { email: user.email, role, before, after };
  });
}

async function refuseIfPointless(
  trx: Transaction<Database>,
  change: RoleChange,
  role: Role,
  email: string,
  held: Role[],
): Promise<void> {
  if (change === 'grant' && held.includes(role)) {
    throw roleChangeRefusal('already_held', `${email} already has the role ${role}`, role);
  }
  if (change === 'revoke' && !held.includes(role)) {
    throw roleChangeRefusal('not_held', `${email} does not have the role ${role}`, role);
  }
  if (change === 'revoke' && role === 'admin' && (await adminCount(trx)) <= 1) {
    throw roleChangeRefusal(
      'last_admin',
      `${email} is the last administrator: grant admin to someone else first`,
      role,
    );
  }
}

async function adminCount(trx: Transaction<Database>): Promise<number> {
  const row = await trx
    .selectFrom('userRoles')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function inRoleOrder(roles: Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
