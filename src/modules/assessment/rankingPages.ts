import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { formBody } from '../accounts/http.ts';
import type { ApplicationState } from '../competition/applicationStates.ts';
import type { Round } from '../competition/queries.ts';
import { STATE_COLOURS } from '../competition/stateColours.ts';
import { statesLeadingTo } from './applicationTransitions.ts';
import { decisionRecorder } from './decisionRecorder.ts';
import { type FormRefusal, formRefusal, positiveId, text } from './forms.ts';
import { roundOf } from './operatorPages.ts';
import { decisionCandidates } from './operatorQueries.ts';
import { currentRanking } from './rankingCache.ts';
import { rankingConfirmer } from './rankingConfirmer.ts';

const VIEWS = 'modules/assessment/views';
const manage = { schema: { hide: true }, config: { access: 'assessment.manage' as const } };
type IdParams = { Params: { id: string } };
const DECIDABLE = ['below_threshold', 'recommended', 'not_recommended'];

/**
 * The outcomes a decision may record for an application in this state, as the transitions allow
 * (granted only from recommended); the first is the one offered first.
 */
export function decisionOutcomes(state: ApplicationState): ('granted' | 'refused')[] {
  return (['granted', 'refused'] as const).filter((outcome) => statesLeadingTo(outcome).includes(state));
}
const RANKING_PAGE_ROWS = 100;

/** One page of the ranking (1-based, clamped to the pages there are) and the links to its neighbours. */
export function rankingPage<Row>(rows: Row[], requested: string | undefined, basePath: string) {
  const pages = Math.max(1, Math.ceil(rows.length / RANKING_PAGE_ROWS));
  const page = Math.min(Math.max(1, Number.parseInt(requested ?? '1', 10) || 1), pages);
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?strona=${target}`);
  return {
    rows: rows.slice((page - 1) * RANKING_PAGE_ROWS, page * RANKING_PAGE_ROWS),
    pager: {
      page,
      pages,
      hrefs: { previous: page > 1 ? href(page - 1) : null, next: page < pages ? href(page + 1) : null },
    },
  };
}

/** The operator's ranking (and the recommended list) and the entry of the minister's decisions. */
export function rankingPages(app: FastifyInstance): void {
  const baseUrl = app.config.baseUrl;

  const rankingView = async (
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    refusal: { message: string; waiting: number[] } | null = null,
  ) => {
    const round = await roundOf(request);
    const query = request.query as { zatwierdzono?: string; strona?: string };
    const names = refusal?.waiting.length
      ? await app.db
          .selectFrom('applications')
          .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
          .select(['clusters.name', 'applications.receiptNumber'])
          .where('applications.id', 'in', refusal.waiting)
          .execute()
      : [];
    const ranking = rankingPage(
      await currentRanking(app.db, round),
      query.strona,
      `/panel/konkurs/${round.id}/ranking`,
    );
    return reply.header('cache-control', 'no-store').page(
      `${VIEWS}/operatorRanking`,
      {
        stateColours: STATE_COLOURS,
        round,
        currentTab: 'ranking',
        roundName: request.locale === 'en' ? round.nameEn : round.namePl,
        ...ranking,
        areas: round.rules.areas,
        thresholds: round.rules.thresholds,
        notice: query.zatwierdzono ? request.t('assessment.ranking.confirmed') : null,
        confirmedAt: round.rankingConfirmedAt,
        refusal: refusal?.message ?? null,
        waiting: names.map((row) => [row.name, row.receiptNumber].filter(Boolean).join(' ')),
        csrf: reply.csrfToken(),
      },
      { title: request.t('assessment.ranking.title') },
    );
  };

  app.get<IdParams>('/panel/konkurs/:id/ranking', manage, async (request, reply) =>
    rankingView(request, reply),
  );

  app.post<IdParams>('/panel/konkurs/:id/ranking/zatwierdz', manage, async (request, reply) => {
    const round = await roundOf(request);
    try {
      await runCommand(request, rankingConfirmer, { roundId: round.id });
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
      const waiting = Object.keys(error.fields).map((name) => Number(name.split('.')[1]));
      return rankingView(request, reply.code(409), { message: request.t(error.messageKey), waiting });
    }
    return reply.redirect(`/panel/konkurs/${round.id}/ranking?zatwierdzono=1`, 303);
  });

  app.get<IdParams>('/panel/konkurs/:id/decyzje', manage, async (request, reply) => {
    const round = await roundOf(request);
    const done = (request.query as { zapisano?: string }).zapisano;
    return decisionsPage(request, reply, round, {
      notice: done ? request.t('assessment.decisions.recorded') : null,
    });
  });

  app.post<IdParams>('/panel/konkurs/:id/decyzje', manage, async (request, reply) => {
    const round = await roundOf(request);
    const body = formBody(request);
    const applicationId = positiveId(text(body, 'wniosek')) ?? 0;
    const outcome = text(body, `wynik-${applicationId}`) === 'granted' ? 'granted' : 'refused';
    try {
      await runCommand(request, decisionRecorder, {
        applicationId,
        outcome,
        documentNumber: text(body, `numer-${applicationId}`),
        documentDate: text(body, `data-${applicationId}`),
        baseUrl,
      });
    } catch (error) {
      const refusal = formRefusal(request, error);
      const renamed: Record<string, string> = {};
      if (refusal.errors.documentNumber) renamed[`numer-${applicationId}`] = refusal.errors.documentNumber;
      if (refusal.errors.documentDate) renamed[`data-${applicationId}`] = refusal.errors.documentDate;
      return decisionsPage(request, reply.code(refusal.status), round, {
        refusal: { ...refusal, errors: renamed },
        values: body,
      });
    }
    return reply.redirect(`/panel/konkurs/${round.id}/decyzje?zapisano=1`, 303);
  });
}

async function decisionsPage(
  request: FastifyRequest,
  reply: FastifyReply,
  round: Round,
  state: { refusal?: FormRefusal; values?: Record<string, unknown>; notice?: string | null } = {},
) {
  const candidates = await decisionCandidates(request.server.db, round.id);
  const values = Object.fromEntries(
    Object.entries(state.values ?? {}).map(([key, value]) => [key, String(value)]),
  );
  return reply.header('cache-control', 'no-store').page(
    `${VIEWS}/operatorDecisions`,
    {
      stateColours: STATE_COLOURS,
      round,
      currentTab: 'decyzje',
      roundName: request.locale === 'en' ? round.nameEn : round.namePl,
      open: candidates
        .filter((c) => DECIDABLE.includes(c.state))
        .map((c) => ({ ...c, outcomes: decisionOutcomes(c.state as ApplicationState) })),
      decided: candidates.filter((c) => !DECIDABLE.includes(c.state)),
      values,
      errors: state.refusal?.errors ?? {},
      message: state.refusal?.message ?? null,
      notice: state.notice ?? null,
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.decisions.title') },
  );
}
