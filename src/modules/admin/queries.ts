import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { ROLES, type Role } from '../accounts/roles.ts';

export interface UserListFilters {
  role?: Role;
  /** Part of the e-mail address, matched anywhere in it. */
  email?: string;
}

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  createdAt: string;
  roles: Role[];
}

/** One page of accounts in e-mail order, with each account's roles. */
export async function listUsers(
  db: Kysely<Database>,
  filters: UserListFilters,
  { page, perPage }: { page: number; perPage: number },
): Promise<{ items: UserListItem[]; total: number }> {
  let query = db.selectFrom('users');
  if (filters.email) {
    const pattern = `%${escapeLike(filters.email.toLowerCase())}%`;
    query = query.where(sql<boolean>`${sql.ref('users.email')} like ${pattern} escape '\\'`);
  }
  if (filters.role) {
    const role = filters.role;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('userRoles')
          .select('userRoles.userId')
          .whereRef('userRoles.userId', '=', 'users.id')
          .where('userRoles.role', '=', role),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select(['users.id', 'users.email', 'users.name', 'users.createdAt'])
      .orderBy('users.email')
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const roles = await rolesByUser(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => ({ ...row, roles: roles.get(row.id) ?? [] })),
    total: Number(count.total),
  };
}

async function rolesByUser(db: Kysely<Database>, userIds: number[]): Promise<Map<number, Role[]>> {
  const byUser = new Map<number, Role[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('userRoles')
    .select(['userId', 'role'])
    .where('userId', 'in', userIds)
    .execute();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role as Role]);
  for (const [id, held] of byUser) byUser.set(id, inRoleOrder(held));
  return byUser;
}

function inRoleOrder(roles: Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** One account with its roles and when each was granted, for the administrator's page. */
export async function findUserForAdmin(db: Kysely<Database>, id: number) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'createdAt', 'emailVerifiedAt', 'totpEnabledAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!user) return undefined;
  const grants = await db
    .selectFrom('userRoles')
    .select(['role', 'grantedAt'])
    .where('userId', '=', id)
    .execute();
  const roles = ROLES.flatMap((role) => grants.filter((grant) => grant.role === role));
  return { ...user, roles: roles as { role: Role; grantedAt: string }[] };
}

export async function findUserIdByEmail(db: Kysely<Database>, email: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id;
}

/** The e-mail addresses of the given accounts (those that still exist). */
export async function emailsOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'email']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.email]));
}
