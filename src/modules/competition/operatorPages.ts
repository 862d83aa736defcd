import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { type ErrorSummary, errorSummaryOf } from '../../plugins/app/errors.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { formBody } from '../accounts/http.ts';
import { APPLICATION_STATES } from './applicationStates.ts';
import { loadRoundDashboardSections } from './dashboardSections.ts';
import { isRefusal } from './errors.ts';
import { fieldMessages, noStore } from './http.ts';
import { programmeCreator } from './programmeCreator.ts';
import { allRounds, listProgrammes, type Round, roundById, stateCounts } from './queries.ts';
import { blankForm, postedRoundForm, type RoundFormModel, roundFromForm, roundToForm } from './roundForm.ts';
import { roundCreator, roundPhase, roundPublisher, roundUpdater, rulesFrozen } from './roundRecorder.ts';
import {
  CONFIGURABLE_DEFAULTS,
  isRuleTemplate,
  RULE_TEMPLATES,
  type RuleTemplate,
  rulesFromTemplate,
} from './rules.ts';
import { rulesToForm, withExtraRow } from './rulesForm.ts';
import { STATE_COLOURS } from './stateColours.ts';

const VIEWS = 'modules/competition/views';
const ADD_ROW = {
  'dodaj-obszar': 'area',
  'dodaj-kryterium': 'criterion',
  'dodaj-zalacznik': 'attachment',
} as const;
type IdParams = { Params: { id: string } };

function roundIdOf(request: FastifyRequest<IdParams>): number {
  const id = Number(request.params.id);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound();
  return id;
}

function templateOptions(request: FastifyRequest) {
  return (Object.keys(RULE_TEMPLATES) as RuleTemplate[]).map((value) => ({
    value,
    label: request.t(`competition.operator.template.${value}` as MessageKey),
  }));
}

/** The operator's pages for programmes and rounds: list, create, edit (rules until opening), publish, dashboard. */
export function operatorPages(app: FastifyInstance): void {
  app.get(
    '/panel/konkurs',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const notice = (request.query as { dodano?: string }).dodano
        ? request.t('competition.operator.programmeAdded')
        : undefined;
      return roundsPage(request, reply, { notice });
    },
  );

  app.post(
    '/panel/konkurs/programy',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const body = formBody(request);
      const values = {
        code: String(body.code ?? ''),
        namePl: String(body.namePl ?? ''),
        nameEn: String(body.nameEn ?? ''),
        voivodeship: String(body.voivodeship ?? ''),
      };
      try {
        await runCommand(request, programmeCreator, {
          ...values,
          voivodeship: values.voivodeship.trim() || null,
        });
      } catch (error) {
        return roundsPage(request, reply.code(400), {
          errors: errorSummaryOf(error, request.t).errors,
          programme: values,
        });
      }
      return reply.redirect('/panel/konkurs?dodano=1', 303);
    },
  );

  app.get(
    '/panel/konkurs/nowy',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const query = request.query as { szablon?: string; program?: string };
      const template = isRuleTemplate(query.szablon) ? query.szablon : 'LATEST_ROUND_RULES';
      const programmeId = Number(query.program) || 1;
      return roundFormPage(request, reply, {
        model: blankForm(rulesFromTemplate(template), programmeId),
        template,
      });
    },
  );

  app.post(
    '/panel/konkurs/nowy',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const body = formBody(request);
      const model = postedRoundForm(body, true);
      const added = addedRow(body, model);
      if (added) return roundFormPage(request, reply, { model: added });
      const parsed = roundFromForm(model);
      if ('errors' in parsed)
        return roundFormPage(request, reply.code(400), {
          model,
          errors: fieldMessages(request.t, parsed.errors),
        });
      try {
        const { id } = await runCommand(request, roundCreator, parsed.input);
        return reply.redirect(`/panel/konkurs/${id}?zapisano=1`, 303);
      } catch (error) {
        const summary = errorsOf(errorSummaryOf(error, request.t));
        return roundFormPage(request, reply.code(summary.status), { model, errors: summary.errors });
      }
    },
  );

  app.get<IdParams>(
    '/panel/konkurs/:id/edycja',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const round = await roundById(app.db, roundIdOf(request));
      if (!round) throw notFound();
      const model = roundToForm(round);
      model.rulesEditable = !rulesFrozen(round, app.clock.now());
      const template = (request.query as { szablon?: string }).szablon;
      if (model.rulesEditable && isRuleTemplate(template))
        model.rules = rulesToForm(rulesFromTemplate(template));
      return roundFormPage(request, reply, {
        model,
        round,
        template: isRuleTemplate(template) ? template : undefined,
      });
    },
  );

  app.post<IdParams>(
    '/panel/konkurs/:id/edycja',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const round = await roundById(app.db, roundIdOf(request));
      if (!round) throw notFound();
      const body = formBody(request);
      // A form with the rules editor posts them; once the round has opened the updater refuses any change.
      const postsRules = body.rulesIncluded === '1';
      const model = postedRoundForm(body, postsRules, round.rules);
      const added = addedRow(body, model);
      if (added) return roundFormPage(request, reply, { model: added, round });
      const parsed = roundFromForm(model, round.rules);
      if ('errors' in parsed)
        return roundFormPage(request, reply.code(400), {
          model,
          round,
          errors: fieldMessages(request.t, parsed.errors),
        });
      try {
        await runCommand(request, roundUpdater, round.id, parsed.input);
      } catch (error) {
        const summary = errorsOf(errorSummaryOf(error, request.t));
        model.rulesEditable = !rulesFrozen(round, request.arrivedAt);
        return roundFormPage(request, reply.code(summary.status), { model, round, errors: summary.errors });
      }
      return reply.redirect(`/panel/konkurs/${round.id}?zapisano=1`, 303);
    },
  );

  app.post<IdParams>(
    '/panel/konkurs/:id/publikuj',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const id = roundIdOf(request);
      try {
        await runCommand(request, roundPublisher, id);
      } catch (error) {
        if (isRefusal(error, 'not_found')) throw notFound();
        throw error;
      }
      return reply.redirect(`/panel/konkurs/${id}?opublikowano=1`, 303);
    },
  );

  app.get<IdParams>(
    '/panel/konkurs/:id',
    { schema: { hide: true }, config: { access: 'rounds.manage' } },
    async (request, reply) => {
      const round = await roundById(app.db, roundIdOf(request));
      if (!round) throw notFound();
      const query = request.query as { zapisano?: string; opublikowano?: string };
      const notice = query.opublikowano
        ? request.t('competition.operator.published')
        : query.zapisano
          ? request.t('competition.operator.saved')
          : undefined;
      const counts = await stateCounts(app.db, round.id);
      const applications = await app.db
        .selectFrom('applications')
        .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
        .select([
          'applications.id',
          'applications.state',
          'applications.kind',
          'applications.receiptNumber',
          'applications.submittedAt',
          'clusters.name as clusterName',
        ])
        .where('applications.roundId', '=', round.id)
        .orderBy('applications.submittedAt')
        .orderBy('applications.id')
        .execute();
      const t = request.t;
      return noStore(reply).page(
        `${VIEWS}/dashboard`,
        {
          stateColours: STATE_COLOURS,
          round,
          notice,
          phase: roundPhase(round, app.clock.now()),
          counts: APPLICATION_STATES.filter((state) => counts[state]).map((state) => ({
            state,
            label: t(`competition.state.${state}` as MessageKey),
            count: counts[state] ?? 0,
          })),
          applications: applications.map((a) => ({
            ...a,
            stateLabel: t(`competition.state.${a.state}` as MessageKey),
            kindLabel: t(`competition.kind.${a.kind}` as MessageKey),
          })),
          sections: await loadRoundDashboardSections(
            app.portal.provided('roundDashboardSections'),
            app.db,
            round.id,
            t,
            request.log,
          ),
          csrf: reply.csrfToken(),
        },
        {
          title: `${t('competition.operator.dashboard')}: ${request.locale === 'en' ? round.nameEn : round.namePl}`,
          section: 'competition-operator',
        },
      );
    },
  );
}

/** A refusal without a field (the rules froze) is shown at the opening, which froze them. */
function errorsOf(summary: ErrorSummary): ErrorSummary {
  if (Object.keys(summary.errors).length > 0) return summary;
  return { ...summary, errors: { opensAt: summary.refusal } };
}

function addedRow(body: Record<string, unknown>, model: RoundFormModel): RoundFormModel | null {
  const table = ADD_ROW[String(body.akcja ?? '') as keyof typeof ADD_ROW];
  if (!table || !model.rulesEditable) return null;
  return { ...model, rules: withExtraRow(model.rules, table) };
}

async function roundsPage(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { notice?: string; errors?: Record<string, string>; programme?: Record<string, string> },
) {
  const app = request.server;
  const now = app.clock.now();
  const [programmes, rounds] = await Promise.all([listProgrammes(app.db), allRounds(app.db)]);
  return noStore(reply).page(
    `${VIEWS}/operatorRounds`,
    {
      programmes,
      rounds: rounds.map((round) => ({
        ...round,
        phase: roundPhase(round, now),
        programme: programmes.find((p) => p.id === round.programmeId),
      })),
      notice: state.notice,
      errors: state.errors ?? {},
      programme: state.programme ?? { code: '', namePl: '', nameEn: '', voivodeship: '' },
      csrf: reply.csrfToken(),
    },
    { title: request.t('competition.operator.title'), section: 'competition-operator' },
  );
}

async function roundFormPage(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { model: RoundFormModel; round?: Round; errors?: Record<string, string>; template?: RuleTemplate },
) {
  const programmes = await listProgrammes(request.server.db);
  const t = request.t;
  const title = state.round ? t('competition.operator.edit') : t('competition.operator.newRound');
  return noStore(reply).page(
    `${VIEWS}/roundForm`,
    {
      model: state.model,
      round: state.round ?? null,
      action: state.round ? `/panel/konkurs/${state.round.id}/edycja` : '/panel/konkurs/nowy',
      templateAction: state.round ? `/panel/konkurs/${state.round.id}/edycja` : '/panel/konkurs/nowy',
      templates: templateOptions(request),
      template: state.template ?? '',
      defaults: state.template ? CONFIGURABLE_DEFAULTS[state.template] : [],
      programmes: programmes.map((p) => ({
        value: String(p.id),
        label: request.locale === 'en' ? p.nameEn : p.namePl,
      })),
      errors: state.errors ?? {},
      csrf: reply.csrfToken(),
    },
    { title, section: 'competition-operator' },
  );
}
