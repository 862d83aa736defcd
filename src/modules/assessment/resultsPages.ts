import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { can } from '../../policies/index.ts';
import { formBody } from '../accounts/http.ts';
import { clusterAccessOf } from '../registry/team.ts';
import { appealFiler } from './appeals.ts';
import { type FormRefusal, formRefusal, positiveId, text } from './forms.ts';

import { type ApplicationResults, applicationResults } from './resultsLoader.ts';

const VIEWS = 'modules/assessment/views';
type IdParams = { Params: { id: string } };

/** The results of an application for its team, or 404: nobody learns about other clusters' results. */
async function resultsFor(request: FastifyRequest<IdParams>): Promise<ApplicationResults> {
  const id = positiveId(request.params.id);
  const results = id === null ? undefined : await applicationResults(request.server.db, id);
  if (!results) throw notFound();
  const access = await clusterAccessOf(request.server.db, request.actor, results.clusterId);
  if (!can(request.actor, 'assessment.appeal', access) || !results.decision) throw notFound();
  return results;
}

/** The coordinator's results page after the decision: scores, justifications, the appeal form. */
export function resultsPages(app: FastifyInstance): void {
  app.get<IdParams>(
    '/konkurs/wnioski/:id/wyniki',
    { schema: { hide: true }, config: { access: 'assessment.results' } },
    async (request, reply) => {
      const results = await resultsFor(request);
      const filed = (request.query as { odwolanie?: string }).odwolanie;
      return resultsPage(request, reply, results, {
        notice: filed ? request.t('assessment.results.appealFiled') : null,
      });
    },
  );

  app.post<IdParams>(
    '/konkurs/wnioski/:id/odwolanie',
    { schema: { hide: true }, config: { access: 'assessment.appeal' } },
    async (request, reply) => {
      const results = await resultsFor(request);
      const body = formBody(request);
      try {
        await runCommand(request, appealFiler, {
          applicationId: results.applicationId,
          reasons: text(body, 'reasons'),
        });
      } catch (error) {
        const refusal = formRefusal(request, error);
        return resultsPage(request, reply.code(refusal.status), results, { refusal, values: body });
      }
      return reply.redirect(`/konkurs/wnioski/${results.applicationId}/wyniki?odwolanie=1`, 303);
    },
  );
}

function resultsPage(
  request: FastifyRequest,
  reply: FastifyReply,
  results: ApplicationResults,
  state: { refusal?: FormRefusal; values?: Record<string, unknown>; notice?: string | null } = {},
) {
  const en = request.locale === 'en';
  const now = request.server.clock.now().toISOString();
  return reply.header('cache-control', 'no-store').page(
    `${VIEWS}/results`,
    {
      results,
      criteria: results.criteria.map((c) => ({ ...c, name: en ? c.nameEn : c.namePl })),
      stage1: results.criteria.filter((c) => c.stage === 'stage1'),
      canAppeal:
        results.appealUntil !== null &&
        !results.appeals.some((appeal) => !appeal.decision.superseded) &&
        now <= results.appealUntil,
      values: { reasons: text(state.values ?? {}, 'reasons') },
      errors: state.refusal?.errors ?? {},
      message: state.refusal?.message ?? null,
      notice: state.notice ?? null,
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.results.title', { cluster: results.clusterName }) },
  );
}
