import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { formBody } from '../accounts/http.ts';
import { type Round, roundById } from '../competition/queries.ts';
import { STATE_COLOURS } from '../competition/stateColours.ts';
import { appealResolver } from './appeals.ts';
import { autoAssignmentSummary } from './autoAssignmentSummary.ts';
import { expertAssigner } from './expertAssigner.ts';
import { type FormRefusal, formRefusal, positiveId, text } from './forms.ts';
import {
  allExperts,
  assignableApplications,
  openAppeals,
  panelApplications,
  panelMembersOf,
} from './operatorQueries.ts';
import { panelMemberAdder } from './panel.ts';
import { roundAutoAssigner } from './roundAutoAssigner.ts';
import { roundProgress } from './roundProgress.ts';
import { scoreReopener } from './scoreReopener.ts';

const VIEWS = 'modules/assessment/views';
const manage = { schema: { hide: true }, config: { access: 'assessment.manage' as const } };
type IdParams = { Params: { id: string } };

export async function roundOf(request: FastifyRequest<IdParams>): Promise<Round> {
  const id = positiveId(request.params.id);
  const round = id === null ? undefined : await roundById(request.server.db, id);
  if (!round) throw notFound();
  return round;
}

/** The operator's assessment page of a round: progress, disagreement, assignment, panel, appeals. */
export function operatorPages(app: FastifyInstance): void {
  const baseUrl = app.config.baseUrl;
  const back = (round: Round, done: string) => `/panel/konkurs/${round.id}/ocena?zrobiono=${done}`;

  app.get<IdParams>('/panel/konkurs/:id/ocena', manage, async (request, reply) => {
    const round = await roundOf(request);
    const query = request.query as Record<string, string | undefined>;
    const auto = query.zrobiono === 'automatycznie' ? autoAssignmentOfQuery(query) : null;
    const summary = auto ? autoAssignmentSummary(auto, request.t) : null;
    const done = query.zrobiono ? request.t('assessment.operator.done') : null;
    // Too few experts is not a success: it is said where refusals are, as an alert.
    const shortOfExperts = auto !== null && auto.expertsNeeded > 0;
    return assessmentPage(request, reply, round, {
      notice: shortOfExperts ? null : (summary ?? done),
      warning: shortOfExperts ? summary : null,
    });
  });

  /** Runs one operator action on the round's page; a refusal comes back on the same page. */
  const action = <T>(
    path: string,
    run: (request: FastifyRequest<IdParams>, round: Round, body: Record<string, unknown>) => Promise<T>,
    /** More of the outcome for the page the operator returns to, as query parameters. */
    outcomeQuery: (result: T) => string = () => '',
  ) =>
    app.post<IdParams>(`/panel/konkurs/:id/ocena/${path}`, manage, async (request, reply) => {
      const round = await roundOf(request);
      const body = formBody(request);
      let result: T;
      try {
        result = await run(request, round, body);
      } catch (error) {
        const refusal = formRefusal(request, error);
        return assessmentPage(request, reply.code(refusal.status), round, { refusal, values: body });
      }
      return reply.redirect(`${back(round, path)}${outcomeQuery(result)}`, 303);
    });

  action(
    'automatycznie',
    (request, round) => runCommand(request, roundAutoAssigner, { roundId: round.id, baseUrl }),
    (result) =>
      `&przydzielono=${result.assignments.length}&wymagane=${result.required}&brakuje=${result.expertsNeeded}`,
  );
  action('przydzial', (request, _round, body) =>
    runCommand(request, expertAssigner, {
      applicationId: positiveId(text(body, 'wniosek')) ?? 0,
      expertIds: [positiveId(text(body, 'ekspert')) ?? 0].filter((id) => id > 0),
      reason: text(body, 'powod') === 'divergence' ? 'divergence' : 'initial',
      baseUrl,
    }),
  );
  action('ponowne-otwarcie', (request, _round, body) =>
    runCommand(request, scoreReopener, {
      taskId: positiveId(text(body, 'zadanie')) ?? 0,
      reason: text(body, 'uzasadnienie'),
    }),
  );
  action('panel', (request, round, body) =>
    runCommand(request, panelMemberAdder, {
      roundId: round.id,
      expertId: positiveId(text(body, 'ekspert')) ?? 0,
    }),
  );
  action('odwolanie', (request, _round, body) => {
    const resolution = text(body, 'rozstrzygniecie');
    const expertId = positiveId(text(body, 'ekspert')) ?? undefined;
    return runCommand(request, appealResolver, {
      appealId: positiveId(text(body, 'odwolanie')) ?? 0,
      resolution:
        text(body, 'wynik') === 'reassessment'
          ? { outcome: 'reassessment', resolution, expertId }
          : { outcome: 'dismissed', resolution },
      baseUrl,
    });
  });
}

/** The outcome of an automatic assignment carried to the page by its redirect. */
function autoAssignmentOfQuery(query: Record<string, string | undefined>) {
  const count = (name: string) => positiveId(query[name] ?? '') ?? 0;
  return { assigned: count('przydzielono'), required: count('wymagane'), expertsNeeded: count('brakuje') };
}

async function assessmentPage(
  request: FastifyRequest,
  reply: FastifyReply,
  round: Round,
  state: {
    refusal?: FormRefusal;
    values?: Record<string, unknown>;
    notice?: string | null;
    warning?: string | null;
  } = {},
) {
  const db = request.server.db;
  const progress = await roundProgress(db, round);
  const values = state.values ?? {};
  const refusal = state.refusal;
  return reply.header('cache-control', 'no-store').page(
    `${VIEWS}/operatorAssessment`,
    {
      stateColours: STATE_COLOURS,
      round,
      roundName: request.locale === 'en' ? round.nameEn : round.namePl,
      progress,
      experts: await allExperts(db),
      assignable: await assignableApplications(db, round.id),
      panelMembers: await panelMembersOf(db, round.id),
      panel: await panelApplications(db, round.id),
      appeals: await openAppeals(db, round.id),
      values: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)])),
      message: refusal
        ? (refusal.message ?? Object.values(refusal.errors).join(' '))
        : (state.warning ?? null),
      notice: state.notice ?? null,
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.operator.title') },
  );
}
