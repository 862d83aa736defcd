import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../platform/domainError.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { formBody } from '../../accounts/http.ts';
import { teamOf } from '../team.ts';
import { invitationAccepter, invitationByToken } from './invitationAccepter.ts';
import { type ManagedCluster, managedCluster, managementPath } from './managedCluster.ts';
import { openInvitationsOf } from './queries.ts';
import { teamEditorAdder } from './teamEditorAdder.ts';
import { teamEditorRemover } from './teamEditorRemover.ts';

const VIEWS = 'modules/registry/team/views';

const NOTICES: Record<string, MessageKey> = {
  dodano: 'team.notice.added',
  zaproszono: 'team.notice.invited',
  usunieto: 'team.notice.removed',
};

/** The owner's page of a cluster's team: editors, open invitations, adding and removing. */
export default async function teamPages(app: FastifyInstance): Promise<void> {
  const teamPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    cluster: ManagedCluster,
    form: { email: string; errors: Record<string, string> } = { email: '', errors: {} },
  ) => {
    const notice = NOTICES[String((request.query as { komunikat?: string }).komunikat)];
    return reply.page(
      `${VIEWS}/team`,
      {
        cluster,
        team: await teamOf(app.db, cluster.id),
        invitations: await openInvitationsOf(app.db, cluster.id, app.clock.now()),
        values: { email: form.email },
        errors: form.errors,
        notice: notice && request.t(notice),
        action: managementPath(cluster.slug, 'zespol'),
        csrf: reply.csrfToken(),
      },
      { title: request.t('team.title', { name: cluster.name }) },
    );
  };

  app.get<{ Params: { slug: string } }>(
    '/moje-klastry/:slug/zespol',
    { config: { access: 'cluster.manageTeam' } },
    async (request, reply) =>
      teamPage(request, reply, await managedCluster(request, request.params.slug, 'cluster.manageTeam')),
  );

  app.post<{ Params: { slug: string } }>(
    '/moje-klastry/:slug/zespol',
    { config: { access: 'cluster.manageTeam' } },
    async (request, reply) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.manageTeam');
      const actor = request.actor as NonNullable<typeof request.actor>;
      const result = await runCommand(request, teamEditorAdder, {
        cluster,
        ownerId: actor.userId,
        ownerName: actor.name,
        email: formBody(request).email,
      });
      if (!result.ok) {
        const errors = Object.fromEntries(
          Object.entries(result.errors).map(([f, key]) => [f, request.t(key)]),
        );
        return teamPage(request, reply.code(400), cluster, { email: result.email, errors });
      }
      const notice = result.outcome === 'added' ? 'dodano' : 'zaproszono';
      return reply.redirect(`${managementPath(cluster.slug, 'zespol')}?komunikat=${notice}`, 303);
    },
  );

  app.post<{ Params: { slug: string; userId: string } }>(
    '/moje-klastry/:slug/zespol/:userId/usun',
    { config: { access: 'cluster.manageTeam' } },
    async (request, reply) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.manageTeam');
      const actor = request.actor as NonNullable<typeof request.actor>;
      const removed = await runCommand(request, teamEditorRemover, {
        cluster,
        ownerId: actor.userId,
        userId: Number(request.params.userId),
      });
      if (!removed) throw new DomainError('invalid', 'not_an_editor', 'team.notAnEditor');
      return reply.redirect(`${managementPath(cluster.slug, 'zespol')}?komunikat=usunieto`, 303);
    },
  );

  app.get<{ Querystring: { token?: string } }>(
    '/moje-klastry/zaproszenie',
    { config: { access: 'public' } },
    async (request, reply) => {
      const token = request.query.token ?? '';
      const invitation = await invitationByToken(app.db, token, app.clock.now());
      const here = `/moje-klastry/zaproszenie?${new URLSearchParams({ token })}`;
      return reply.code(invitation ? 200 : 400).page(
        `${VIEWS}/invitation`,
        {
          invitation,
          token,
          signedIn: request.actor !== null,
          signInLink: `/konto/logowanie?${new URLSearchParams({ wroc: here })}`,
          csrf: reply.csrfToken(),
        },
        { title: request.t('team.invitation.title') },
      );
    },
  );

  app.post('/moje-klastry/zaproszenie', { config: { access: 'signedIn' } }, async (request, reply) => {
    const actor = request.actor as NonNullable<typeof request.actor>;
    const token = String(formBody(request).token ?? '');
    const answer = await runCommand(request, invitationAccepter, { token, actor });
    if (!answer.ok) {
      const key = answer.reason === 'otherEmail' ? 'team.invitation.otherEmail' : 'team.invitation.invalid';
      throw new DomainError('invalid', 'invitation_refused', key);
    }
    return reply.redirect(managementPath(answer.slug, 'czlonkowie'), 303);
  });
}
