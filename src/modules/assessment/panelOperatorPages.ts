import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { instantToWarsaw } from '../../platform/time.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { formBody } from '../accounts/http.ts';
import { type Application, applicationById, type Round, roundById } from '../competition/queries.ts';
import { panelCriteria } from './aggregation.ts';
import { type FormRefusal, formRefusal, positiveId, text } from './forms.ts';

import { consensusRecorder } from './panel.ts';
import { presentationScheduler } from './presentationScheduler.ts';
import { submittedScores } from './queries.ts';

const VIEWS = 'modules/assessment/views';
const manage = { schema: { hide: true }, config: { access: 'assessment.manage' as const } };
type IdParams = { Params: { id: string } };

async function applicationOf(request: FastifyRequest<IdParams>) {
  const id = positiveId(request.params.id);
  const application = id === null ? undefined : await applicationById(request.server.db, id);
  const round = application && (await roundById(request.server.db, application.roundId));
  if (!application || !round) throw notFound();
  return { application, round };
}

/** One application at the panel: its presentation's date and place, and the consensus report. */
export function panelOperatorPages(app: FastifyInstance): void {
  const baseUrl = app.config.baseUrl;
  const path = (id: number) => `/panel/konkurs/wnioski/${id}/panel`;

  app.get<IdParams>('/panel/konkurs/wnioski/:id/panel', manage, async (request, reply) => {
    const { application, round } = await applicationOf(request);
    const done = (request.query as { zapisano?: string }).zapisano;
    return panelApplicationPage(request, reply, application, round, {
      notice: done ? request.t('assessment.operator.done') : null,
    });
  });

  app.post<IdParams>('/panel/konkurs/wnioski/:id/panel/termin', manage, async (request, reply) => {
    const { application, round } = await applicationOf(request);
    const body = formBody(request);
    try {
      await runCommand(request, presentationScheduler, {
        applicationId: application.id,
        startsAt: text(body, 'startsAt'),
        place: text(body, 'place'),
        onlineUrl: text(body, 'onlineUrl'),
        baseUrl,
      });
    } catch (error) {
      const refusal = formRefusal(request, error);
      return panelApplicationPage(request, reply.code(refusal.status), application, round, {
        refusal,
        values: body,
      });
    }
    return reply.redirect(`${path(application.id)}?zapisano=1`, 303);
  });

  app.post<IdParams>('/panel/konkurs/wnioski/:id/panel/konsensus', manage, async (request, reply) => {
    const { application, round } = await applicationOf(request);
    const body = formBody(request);
    const points = Object.fromEntries(
      panelCriteria(round.rules).map((c) => {
        const raw = text(body, `points-${c.code}`).trim();
        return [c.code, /^\d+$/.test(raw) ? Number(raw) : Number.NaN];
      }),
    );
    try {
      await runCommand(request, consensusRecorder, {
        applicationId: application.id,
        points,
        comment: text(body, 'comment'),
      });
    } catch (error) {
      const refusal = formRefusal(request, error);
      return panelApplicationPage(request, reply.code(refusal.status), application, round, {
        refusal,
        values: body,
      });
    }
    return reply.redirect(`${path(application.id)}?zapisano=1`, 303);
  });
}

async function panelApplicationPage(
  request: FastifyRequest,
  reply: FastifyReply,
  application: Application,
  round: Round,
  state: { refusal?: FormRefusal; values?: Record<string, unknown>; notice?: string | null } = {},
) {
  const db = request.server.db;
  const cluster = await db
    .selectFrom('clusters')
    .select('name')
    .where('id', '=', application.clusterId)
    .executeTakeFirstOrThrow();
  const presentation = await db
    .selectFrom('panelPresentations')
    .selectAll()
    .where('applicationId', '=', application.id)
    .executeTakeFirst();
  const report = await db
    .selectFrom('panelReports')
    .selectAll()
    .where('applicationId', '=', application.id)
    .executeTakeFirst();
  const consensus = new Map(
    (
      await db
        .selectFrom('panelConsensusScores')
        .selectAll()
        .where('applicationId', '=', application.id)
        .execute()
    ).map((row) => [row.criterionCode, row.points]),
  );
  const members = await submittedScores(db, application.id, 'panel');
  const posted = state.values;
  const en = request.locale === 'en';
  return reply.header('cache-control', 'no-store').page(
    `${VIEWS}/operatorPanelApplication`,
    {
      application,
      round,
      clusterName: cluster.name,
      criteria: panelCriteria(round.rules).map((c) => ({
        code: c.code,
        name: en ? c.nameEn : c.namePl,
        maxPoints: c.maxPoints,
        memberPoints: members.map((member) => member.points[c.code] ?? 0),
        value: posted ? text(posted, `points-${c.code}`) : String(consensus.get(c.code) ?? ''),
      })),
      values: {
        startsAt: posted
          ? text(posted, 'startsAt')
          : presentation
            ? instantToWarsaw(presentation.startsAt)
            : '',
        place: posted ? text(posted, 'place') : (presentation?.place ?? ''),
        onlineUrl: posted ? text(posted, 'onlineUrl') : (presentation?.onlineUrl ?? ''),
        comment: posted ? text(posted, 'comment') : (report?.comment ?? ''),
      },
      atPanel: application.state === 'panel',
      errors: state.refusal?.errors ?? {},
      message: state.refusal?.message ?? null,
      notice: state.notice ?? null,
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.panelOperator.title', { cluster: cluster.name }) },
  );
}
