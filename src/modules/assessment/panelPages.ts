import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { formBody } from '../accounts/http.ts';
import { declarationOf } from './apiExperts.ts';
import { type FormRefusal, formRefusal, positiveId, text } from './forms.ts';
import { actorOf } from './http.ts';
import { panelDeclarer } from './panel.ts';

const VIEWS = 'modules/assessment/views';

/** Applications at the panel of the rounds the expert sits on, with their own declaration and task. */
async function panelApplicationsOf(request: FastifyRequest) {
  const expertId = actorOf(request).userId;
  return request.server.db
    .selectFrom('panelMembers')
    .innerJoin('applications', 'applications.roundId', 'panelMembers.roundId')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .innerJoin('rounds', 'rounds.id', 'applications.roundId')
    .leftJoin('panelPresentations', 'panelPresentations.applicationId', 'applications.id')
    .leftJoin('assessmentTasks', (join) =>
      join
        .onRef('assessmentTasks.applicationId', '=', 'applications.id')
        .on('assessmentTasks.stage', '=', 'panel')
        .on('assessmentTasks.expertId', '=', expertId),
    )
    .select([
      'applications.id',
      'clusters.name as clusterName',
      'rounds.namePl as roundNamePl',
      'rounds.nameEn as roundNameEn',
      'panelPresentations.startsAt',
      'panelPresentations.place',
      'panelPresentations.onlineUrl',
      'assessmentTasks.id as taskId',
      'assessmentTasks.state as taskState',
    ])
    .where('panelMembers.expertId', '=', expertId)
    .where('applications.state', '=', 'panel')
    .orderBy('applications.id')
    .execute();
}

/** The panel member's view: applications to present, declarations, links to the score form. */
export function panelPages(app: FastifyInstance): void {
  app.get(
    '/panel-ekspertow',
    { schema: { hide: true }, config: { access: 'panel.declare' } },
    async (request, reply) => panelPage(request, reply),
  );

  app.post<{ Params: { id: string } }>(
    '/panel-ekspertow/wnioski/:id/oswiadczenie',
    { schema: { hide: true }, config: { access: 'panel.declare' } },
    async (request, reply) => {
      const applicationId = positiveId(request.params.id);
      if (applicationId === null) throw notFound();
      const body = formBody(request);
      const choice = text(body, 'wybor');
      try {
        const result = await runCommand(request, panelDeclarer, {
          applicationId,
          expertId: actorOf(request).userId,
          declaration: declarationOf({
            conflict: choice === 'konflikt',
            confidentiality: text(body, 'confidentiality') === 'tak',
            reason: text(body, 'reason'),
          }),
        });
        return reply.redirect(
          result.state === 'declared' ? `/ekspert/zadania/${result.taskId}` : '/panel-ekspertow',
          303,
        );
      } catch (error) {
        const refusal = formRefusal(request, error);
        return panelPage(request, reply.code(refusal.status), { refusal, applicationId });
      }
    },
  );
}

async function panelPage(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { refusal?: FormRefusal; applicationId?: number } = {},
) {
  return reply.header('cache-control', 'no-store').page(
    `${VIEWS}/panelList`,
    {
      applications: await panelApplicationsOf(request),
      // The forms repeat per application, so a refusal is told as one message above them.
      message: state.refusal
        ? (state.refusal.message ?? Object.values(state.refusal.errors).join(' '))
        : null,
      failedId: state.applicationId ?? null,
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.panel.title') },
  );
}
