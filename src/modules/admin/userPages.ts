import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, notFound } from '../../platform/domainError.ts';
import { statusOfDomainError } from '../../plugins/app/errors.ts';
import { roleChanger } from '../accounts/roleChanger.ts';
import { isRole, ROLES, type Role } from '../accounts/roles.ts';
import { filterQuery } from './auditFilters.ts';
import { roleLabel } from './presenters.ts';
import { findUserForAdmin, listUsers } from './queries.ts';
import { RoleChangeBody, UserParams, UserQuery, UsersQuery } from './schemas.ts';

const VIEWS = 'modules/admin/views';
const PER_PAGE = 25;

/** Accounts and their roles, for administrators. */
export function userPages(app: FastifyInstance): void {
  app.get<{ Querystring: UsersQuery }>(
    '/admin/uzytkownicy',
    { schema: { hide: true, querystring: UsersQuery }, config: { access: 'users.manage' } },
    async (request, reply) => {
      const values = { rola: request.query.rola ?? '', email: request.query.email?.trim() ?? '' };
      const role = isRole(values.rola) ? values.rola : undefined;
      const page = request.query.strona;
      const users = await listUsers(
        app.db,
        { role, email: values.email || undefined },
        { page, perPage: PER_PAGE },
      );
      const pages = Math.max(1, Math.ceil(users.total / PER_PAGE));
      if (page > pages) throw notFound();
      const t = request.t;
      return reply.header('cache-control', 'no-store').page(
        `${VIEWS}/users`,
        {
          values,
          roleOptions: [{ value: '', label: t('admin.users.anyRole') }, ...roleOptions(ROLES, t)],
          users: users.items.map((user) => ({ ...user, roleNames: user.roles.map((r) => roleLabel(r, t)) })),
          total: users.total,
          pager: {
            page,
            pages,
            hrefs: {
              previous: page > 1 ? `/admin/uzytkownicy${filterQuery(values, page - 1)}` : null,
              next: page < pages ? `/admin/uzytkownicy${filterQuery(values, page + 1)}` : null,
            },
          },
        },
        { title: t('admin.users.title') },
      );
    },
  );

  app.get<{ Params: UserParams; Querystring: UserQuery }>(
    '/admin/uzytkownicy/:id',
    {
      schema: { hide: true, params: UserParams, querystring: UserQuery },
      config: { access: 'users.manage' },
    },
    async (request, reply) => {
      const { nadano, odebrano } = request.query;
      let notice: string | undefined;
      if (nadano && isRole(nadano))
        notice = request.t('admin.user.granted', { role: roleLabel(nadano, request.t) });
      if (odebrano && isRole(odebrano))
        notice = request.t('admin.user.revoked', { role: roleLabel(odebrano, request.t) });
      return userPage(app, request, reply, request.params.id, { notice });
    },
  );

  app.post<{ Params: UserParams; Body: RoleChangeBody }>(
    '/admin/uzytkownicy/:id/role',
    { schema: { hide: true, params: UserParams, body: RoleChangeBody }, config: { access: 'users.manage' } },
    async (request, reply) => {
      const { zmiana, rola } = request.body;
      const userId = request.params.id;
      try {
        await roleChanger({
          db: app.db,
          userId,
          change: zmiana === 'nadaj' ? 'grant' : 'revoke',
          role: rola,
          actorId: request.actor?.userId ?? null,
          now: app.clock.now(),
          requestId: request.id,
          ip: request.ip,
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (error.code === 'unknown_user') throw notFound();
        // Errors sit at the field that caused them: the grant select, or the revoke button of the role.
        const field = zmiana === 'nadaj' ? 'rola' : `odbierz-${rola}`;
        const message = problemMessage(error, rola, request);
        const status = statusOfDomainError(error);
        return userPage(app, request, reply, userId, { errors: { [field]: message }, status, chosen: rola });
      }
      const done = zmiana === 'nadaj' ? 'nadano' : 'odebrano';
      return reply.redirect(`/admin/uzytkownicy/${userId}?${new URLSearchParams({ [done]: rola })}`, 303);
    },
  );
}

function problemMessage(error: DomainError, role: string, request: FastifyRequest): string {
  const t = request.t;
  const name = isRole(role) ? roleLabel(role, t) : role;
  if (error.code === 'already_held') return t('admin.user.alreadyHeld', { role: name });
  if (error.code === 'not_held') return t('admin.user.notHeld', { role: name });
  if (error.code === 'last_admin') return t('admin.user.lastAdmin');
  return t('admin.user.unknownRole');
}

interface UserPageState {
  notice?: string;
  errors?: Record<string, string>;
  status?: number;
  /** The role chosen in the grant form, kept when the page comes back with an error. */
  chosen?: string;
}

async function userPage(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  id: number,
  state: UserPageState,
): Promise<FastifyReply> {
  const user = await findUserForAdmin(app.db, id);
  if (!user) throw notFound();
  const t = request.t;
  const held = user.roles.map((grant) => grant.role);
  return reply
    .code(state.status ?? 200)
    .header('cache-control', 'no-store')
    .page(
      `${VIEWS}/user`,
      {
        user,
        roles: user.roles.map((grant) => ({ ...grant, label: roleLabel(grant.role, t) })),
        grantable: roleOptions(
          ROLES.filter((role) => !held.includes(role)),
          t,
        ),
        chosen: state.chosen ?? '',
        notice: state.notice,
        errors: state.errors ?? {},
        csrf: reply.csrfToken(),
      },
      { title: t('admin.user.title', { email: user.email }) },
    );
}

function roleOptions(roles: readonly Role[], t: FastifyRequest['t']) {
  return roles.map((role) => ({ value: role, label: roleLabel(role, t) }));
}
