import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import { can } from '../../policies/index.ts';
import { formBody } from '../accounts/http.ts';
import { clusterAccessOf } from '../registry/team.ts';
import { applicationStarter } from './applicationStarter.ts';
import { clustersOfUser } from './clusterFacts.ts';
import { noStore } from './http.ts';
import { activeApplicationOf, listProgrammes, type Round, roundById, roundsOfProgramme } from './queries.ts';
import { roundPhase } from './roundRecorder.ts';
import { stageMaximum, totalMaximum } from './rules.ts';

const VIEWS = 'modules/competition/views';
type IdParams = { Params: { id: string } };

/** The public calls: every programme's published rounds, a round with its rules, and applying. */
export function publicPages(app: FastifyInstance): void {
  app.get('/konkurs', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const now = app.clock.now();
    const programmes = await Promise.all(
      (await listProgrammes(app.db)).map(async (programme) => ({
        ...programme,
        rounds: (await roundsOfProgramme(app.db, programme.id, true)).map((round) => ({
          ...round,
          phase: roundPhase(round, now),
        })),
      })),
    );
    return reply.page(
      `${VIEWS}/rounds`,
      { programmes },
      { title: request.t('competition.public.title'), section: 'competition' },
    );
  });

  app.get<IdParams>(
    '/konkurs/nabory/:id',
    { schema: { hide: true }, config: { access: 'public' } },
    async (request, reply) => {
      const round = await publishedRound(app, request.params.id);
      return roundPage(request, reply, round, {});
    },
  );

  app.post<IdParams>(
    '/konkurs/nabory/:id/wnioski',
    { schema: { hide: true }, config: { access: 'applications.apply' } },
    async (request, reply) => {
      const round = await publishedRound(app, request.params.id);
      const clusterId = Number(formBody(request).klaster);
      const access = await clusterAccessOf(app.db, request.actor, clusterId);
      if (!Number.isSafeInteger(clusterId) || !can(request.actor, 'applications.apply', access))
        return roundPage(request, reply.code(400), round, {
          error: request.t('competition.round.noClusters'),
        });
      try {
        const { id } = await runCommand(request, applicationStarter, { roundId: round.id, clusterId });
        return reply.redirect(`/konkurs/wnioski/${id}/krok/dane-klastra`, 303);
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        return roundPage(request, reply.code(summary.status), round, { error: summary.refusal });
      }
    },
  );
}

async function publishedRound(app: FastifyInstance, rawId: string): Promise<Round> {
  const id = Number(rawId);
  const round = Number.isSafeInteger(id) ? await roundById(app.db, id) : undefined;
  if (!round || round.publishedAt === null) throw notFound();
  return round;
}

async function roundPage(
  request: FastifyRequest,
  reply: FastifyReply,
  round: Round,
  state: { error?: string },
) {
  const app = request.server;
  const actor = request.actor;
  const phase = roundPhase(round, app.clock.now());
  const clusters = actor
    ? (await clustersOfUser(app.db, actor.userId)).filter((c) => c.status === 'published')
    : [];
  const existing = await Promise.all(
    clusters.map(async (cluster) => ({
      cluster,
      application: await activeApplicationOf(app.db, round.id, cluster.id),
    })),
  );
  const programme = (await listProgrammes(app.db)).find((p) => p.id === round.programmeId);
  const name = request.locale === 'en' ? round.nameEn : round.namePl;
  const page = actor ? noStore(reply) : reply;
  return page.page(
    `${VIEWS}/round`,
    {
      round,
      name,
      programme,
      phase,
      maximum: totalMaximum(round.rules),
      stage1Maximum: stageMaximum(round.rules, 'stage1'),
      signedIn: actor !== null,
      applyTo: existing
        .filter((e) => !e.application)
        .map((e) => ({ value: String(e.cluster.id), label: e.cluster.name })),
      applied: existing
        .filter((e) => e.application)
        .map((e) => ({ name: e.cluster.name, id: e.application?.id })),
      error: state.error,
      errors: state.error ? { klaster: state.error } : {},
      csrf: actor ? reply.csrfToken() : '',
      loginUrl: `/konto/logowanie?${new URLSearchParams({ wroc: `/konkurs/nabory/${round.id}` })}`,
    },
    { title: name, section: 'competition' },
  );
}
