import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../platform/domainError.ts';
import { warsawDate } from '../../../platform/time.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { formBody } from '../../accounts/http.ts';
import { lastConfirmed } from '../freshness.ts';
import { ENTERPRISE_SIZE_CODES, ORGANISATION_TYPE_CODES } from '../organisationTypes.ts';
import { type ManagedCluster, managedCluster, managementPath } from '../team/managedCluster.ts';
import { SIZE_WORDS, TYPE_WORDS } from '../validation/memberColumns.ts';
import { voivodeshipOptions } from '../voivodeships.ts';
import { currentMembersOf } from './clusterMembers.ts';
import { pendingChangesOf } from './memberChangeQueries.ts';
import { memberChangeSubmitter } from './memberChangeSubmitter.ts';
import { checkMemberForm, type FormErrors, leavingDateProblem, memberFormValues } from './memberForm.ts';

const VIEW = 'modules/registry/members/views/members';

export const MEMBER_NOTICES: Record<string, MessageKey> = {
  dodano: 'members.notice.added',
  odszedl: 'members.notice.left',
  zaimportowano: 'members.notice.imported',
  oczekuje: 'members.notice.pending',
  potwierdzono: 'freshness.notice.confirmed',
};

type SlugParams = { Params: { slug: string } };

/** The team's page of a cluster's member list: the list, marking a member as left, adding one. */
export default async function memberPages(app: FastifyInstance): Promise<void> {
  const membersPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    cluster: ManagedCluster,
    form: { values?: Record<string, string>; errors?: FormErrors } = {},
  ) => {
    const t = request.t;
    const errors = Object.fromEntries(
      Object.entries(form.errors ?? {}).map(([field, error]) => [field, t(error.key, error.params)]),
    );
    const notice = MEMBER_NOTICES[String((request.query as { komunikat?: string }).komunikat)];
    return reply.page(
      VIEW,
      {
        cluster,
        members: await currentMembersOf(app.db, cluster.id),
        pending: await pendingChangesOf(app.db, cluster.id),
        lastConfirmed: lastConfirmed(cluster),
        values: form.values ?? memberFormValues({}),
        errors,
        notice: notice && t(notice),
        typeOptions: ORGANISATION_TYPE_CODES.map((code) => ({
          value: TYPE_WORDS[code][0],
          label: t(`members.type.${code}`),
        })),
        sizeOptions: ENTERPRISE_SIZE_CODES.map((code) => ({
          value: SIZE_WORDS[code][0],
          label: t(`members.size.${code}`),
        })),
        voivodeshipOptions: voivodeshipOptions(request.locale),
        today: warsawDate(app.clock.now()),
        base: managementPath(cluster.slug, 'czlonkowie'),
        csrf: reply.csrfToken(),
      },
      { title: t('members.title', { name: cluster.name }) },
    );
  };

  app.get<SlugParams>(
    '/moje-klastry/:slug/czlonkowie',
    { config: { access: 'cluster.edit' } },
    async (request, reply) =>
      membersPage(request, reply, await managedCluster(request, request.params.slug, 'cluster.edit')),
  );

  app.post<SlugParams>(
    '/moje-klastry/:slug/czlonkowie',
    { config: { access: 'cluster.edit' } },
    async (request, reply) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
      const values = memberFormValues(formBody(request));
      const today = warsawDate(app.clock.now());
      const checked = checkMemberForm(values, await currentMembersOf(app.db, cluster.id), today);
      if (!checked.ok)
        return membersPage(request, reply.code(400), cluster, { values, errors: checked.errors });
      const submitted = await runCommand(request, memberChangeSubmitter, {
        cluster,
        actorId: (request.actor as NonNullable<typeof request.actor>).userId,
        change: { add: [checked.member], leave: [] },
        source: 'form',
      });
      app.pageCache.clear();
      return reply.redirect(
        `${managementPath(cluster.slug, 'czlonkowie')}?komunikat=${submitted === 'pending' ? 'oczekuje' : 'dodano'}`,
        303,
      );
    },
  );

  type LeavingParams = { Params: { slug: string; membershipId: string } };

  /** A current member of the cluster in the path, or 404. */
  const memberInPath = async (request: FastifyRequest<LeavingParams>) => {
    const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
    const members = await currentMembersOf(app.db, cluster.id);
    const member = members.find((m) => m.membershipId === Number(request.params.membershipId));
    if (!member) throw new DomainError('not_found', 'not_found', 'members.notAMember');
    return { cluster, member };
  };

  // Marking a member as left is a row action with its own confirmation step: the date is typed there.
  const leavingPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    { cluster, member }: Awaited<ReturnType<typeof memberInPath>>,
    form: { leftOn: string; error?: MessageKey } = { leftOn: '' },
  ) =>
    reply.page(
      'modules/registry/members/views/leaving',
      {
        member,
        published: cluster.status === 'published',
        base: managementPath(cluster.slug, 'czlonkowie'),
        values: { leftOn: form.leftOn },
        errors: form.error ? { leftOn: request.t(form.error) } : {},
        csrf: reply.csrfToken(),
      },
      { title: request.t('members.leaving.title', { name: member.name }) },
    );

  app.get<LeavingParams>(
    '/moje-klastry/:slug/czlonkowie/:membershipId/odejscie',
    { config: { access: 'cluster.edit' } },
    async (request, reply) => leavingPage(request, reply, await memberInPath(request)),
  );

  app.post<LeavingParams>(
    '/moje-klastry/:slug/czlonkowie/:membershipId/odejscie',
    { config: { access: 'cluster.edit' } },
    async (request, reply) => {
      const found = await memberInPath(request);
      const { cluster, member } = found;
      const leftOn = String(formBody(request).leftOn ?? '').trim();
      const problem = leavingDateProblem(leftOn, member.joinedOn, warsawDate(app.clock.now()));
      if (problem) return leavingPage(request, reply.code(400), found, { leftOn, error: problem });
      const submitted = await runCommand(request, memberChangeSubmitter, {
        cluster,
        actorId: (request.actor as NonNullable<typeof request.actor>).userId,
        change: { add: [], leave: [{ membershipId: member.membershipId, name: member.name, leftOn }] },
        source: 'form',
      });
      app.pageCache.clear();
      return reply.redirect(
        `${managementPath(cluster.slug, 'czlonkowie')}?komunikat=${submitted === 'pending' ? 'oczekuje' : 'odszedl'}`,
        303,
      );
    },
  );
}
