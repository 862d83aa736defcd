import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { warsawDate } from '../../platform/time.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import { assetUrl } from '../../ui/assets.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import {
  ENTERPRISE_SIZE_CODES,
  enterpriseSizeName,
  ORGANISATION_TYPE_CODES,
  organisationTypeName,
} from '../registry/organisationTypes.ts';
import {
  FORM_FIELDS,
  fieldsOfStep,
  formProblems,
  parseForm,
  WIZARD_STEPS,
  type WizardStep,
} from './applicationForm.ts';
import { canBeWithdrawn } from './applicationStates.ts';
import { clusterFacts } from './clusterFacts.ts';
import { loadApplicationDecisionSections } from './decisionSections.ts';
import { STASH_COOKIE } from './draftStash.ts';
import { editableScope, mayEditField, mayReplaceAttachment } from './editableScope.ts';
import { eligibilityReasons } from './eligibility.ts';
import { reasonProblem } from './errors.ts';
import { fieldMessage, noStore } from './http.ts';
import {
  type Application,
  currentAttachments,
  latestFormalCheck,
  roundById,
  snapshotVersions,
} from './queries.ts';
import type { StashRestoration } from './stashRestorer.ts';
import { STATE_COLOURS } from './stateColours.ts';

const VIEWS = 'modules/competition/views';
export const STEP_SLUGS: Record<WizardStep, string> = {
  cluster: 'dane-klastra',
  figures: 'wskazniki',
  strategy: 'strategia',
  attachments: 'zalaczniki',
  review: 'podsumowanie',
};
export const stepUrl = (id: number, step: WizardStep) => `/konkurs/wnioski/${id}/krok/${STEP_SLUGS[step]}`;

/** The step after putting back what was typed when the session had expired (see stashRestorer). */
export function restoredStep(
  request: FastifyRequest,
  reply: FastifyReply,
  application: Application,
  step: WizardStep,
  restoration: StashRestoration,
) {
  reply.clearCookie(STASH_COOKIE, { path: '/konkurs/wnioski' });
  if (restoration.kind === 'none') return stepPage(request, reply, application, step, {});
  const notice = request.t('competition.wizard.restored');
  if (restoration.kind === 'saved') {
    const updated = { ...application, form: JSON.stringify(restoration.form) };
    return stepPage(request, reply, updated, step, { notice });
  }
  const summary = errorSummaryOf(restoration.refusal, request.t);
  return stepPage(request, reply, application, step, {
    values: restoration.stashed,
    notice,
    errors: summary.errors,
    refusal: summary.refusal,
  });
}

export async function statusPage(
  request: FastifyRequest,
  reply: FastifyReply,
  application: Application,
  onTeam: boolean,
  state: { error?: string },
) {
  const app = request.server;
  const t = request.t;
  const round = await roundById(app.db, application.roundId);
  if (!round) throw notFound();
  const check = await latestFormalCheck(app.db, application.id);
  const scope = editableScope(application, check, app.clock.now());
  const cluster = await clusterFacts(app.db, application.clusterId);
  const withdrawn = (request.query as { wycofano?: string }).wycofano
    ? t('competition.application.withdrawn')
    : undefined;
  return noStore(reply).page(
    `${VIEWS}/application`,
    {
      stateColours: STATE_COLOURS,
      application,
      clusterName: cluster?.name ?? '',
      roundName: request.locale === 'en' ? round.nameEn : round.namePl,
      round,
      stateLabel: t(`competition.state.${application.state}` as MessageKey),
      kindLabel: t(`competition.kind.${application.kind}` as MessageKey),
      check: check
        ? {
            ...check,
            fields: (JSON.parse(check.correctionFields) as string[]).map((name) =>
              t(`competition.field.${name}` as MessageKey),
            ),
            attachments: (JSON.parse(check.correctionAttachments) as string[]).map(
              (code) =>
                round.rules.eligibility.requiredAttachments.find((a) => a.code === code)?.[
                  request.locale === 'en' ? 'nameEn' : 'namePl'
                ] ?? code,
            ),
            decisionLabel: t(`competition.decision.${check.decision}` as MessageKey),
          }
        : null,
      versions: await snapshotVersions(app.db, application.id),
      decisionSections: onTeam
        ? await loadApplicationDecisionSections(
            app.portal.provided('applicationDecisionSections'),
            app.db,
            application.id,
            { t, locale: request.locale, now: app.clock.now() },
            request.log,
          )
        : [],
      editable: onTeam && scope.kind !== 'none',
      correcting: scope.kind === 'corrections',
      withdrawable: onTeam && canBeWithdrawn(application.state),
      notice: withdrawn,
      error: state.error,
      csrf: reply.csrfToken(),
    },
    { title: t('competition.application.title', { cluster: cluster?.name ?? '' }), section: 'competition' },
  );
}

interface StepState {
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  notice?: string;
  refusal?: string;
}

export async function stepPage(
  request: FastifyRequest,
  reply: FastifyReply,
  application: Application,
  step: WizardStep,
  state: StepState,
) {
  const app = request.server;
  const t = request.t;
  const round = await roundById(app.db, application.roundId);
  if (!round) throw notFound();
  const now = app.clock.now();
  const scope = editableScope(application, await latestFormalCheck(app.db, application.id), now);
  if (scope.kind === 'none') {
    if (state.refusal) return statusPage(request, reply, application, true, { error: state.refusal });
    return reply.redirect(`/konkurs/wnioski/${application.id}`, 303);
  }
  const form = parseForm(application.form);
  const values: Record<string, string> = { ...form };
  for (const [name, value] of Object.entries(state.values ?? {}))
    if (typeof value === 'string') values[name] = value;
  const facts = await clusterFacts(app.db, application.clusterId);
  const attachments = await currentAttachments(app.db, application.id);
  const en = request.locale === 'en';
  const index = WIZARD_STEPS.indexOf(step);
  const problems = step === 'review' ? formProblems(form) : {};
  const reasons =
    step === 'review' && facts
      ? eligibilityReasons(round.rules, facts, warsawDate(now), new Set(attachments.map((a) => a.code)))
      : [];
  return noStore(reply)
    .code(reply.statusCode)
    .page(
      `${VIEWS}/wizard`,
      {
        application,
        step,
        stepTitle: t(`competition.wizard.step.${step}` as MessageKey),
        steps: WIZARD_STEPS.map((s, i) => ({
          step: s,
          number: i + 1,
          href: stepUrl(application.id, s),
          label: t(`competition.wizard.step.${s}` as MessageKey),
          current: s === step,
        })),
        stepNumber: index + 1,
        total: WIZARD_STEPS.length,
        action: stepUrl(application.id, step),
        fields: fieldsOfStep(step).map((spec) => ({
          ...spec,
          label: t(`competition.field.${spec.name}` as MessageKey),
          value: values[spec.name] ?? '',
          readonly: !mayEditField(scope, spec.name),
        })),
        facts: facts && {
          ...facts,
          byType: ORGANISATION_TYPE_CODES.filter((type) => facts.membersByType[type]).map((type) => ({
            label: organisationTypeName(type, request.locale),
            count: facts.membersByType[type],
          })),
          bySize: [...ENTERPRISE_SIZE_CODES]
            .filter((size) => facts.enterprisesBySize[size])
            .map((size) => ({
              label: enterpriseSizeName(size, request.locale),
              count: facts.enterprisesBySize[size],
            })),
        },
        attachments: round.rules.eligibility.requiredAttachments.map((required) => {
          const file = attachments.find((a) => a.code === required.code);
          return {
            code: required.code,
            name: en ? required.nameEn : required.namePl,
            file,
            replaceable: mayReplaceAttachment(scope, required.code),
          };
        }),
        answers: FORM_FIELDS.map((spec) => ({
          name: spec.name,
          step: spec.step,
          label: t(`competition.field.${spec.name}` as MessageKey),
          value: form[spec.name] ?? '',
          problem: problems[spec.name] ? fieldMessage(t, problems[spec.name] ?? '') : '',
        })),
        reviewProblems: [
          ...Object.entries(problems).map(
            ([name, problem]) =>
              `${t(`competition.field.${name}` as MessageKey)}: ${fieldMessage(t, problem)}`,
          ),
          ...reasons
            .map((reason) => reasonProblem(reason, request.locale))
            .map(({ key, params }) => t(key, params)),
        ],
        stepUrls: Object.fromEntries(WIZARD_STEPS.map((s) => [s, stepUrl(application.id, s)])),
        closesAt: round.closesAt,
        dueAt: scope.kind === 'corrections' ? scope.dueAt : null,
        errors: state.errors ?? {},
        notice: state.notice,
        refusal: state.refusal,
        csrf: reply.csrfToken(),
        autosaveUrl: `/konkurs/wnioski/${application.id}/autozapis`,
        script: assetUrl('js/competition-autosave.js'),
      },
      {
        title: t('competition.wizard.title', { step: t(`competition.wizard.step.${step}` as MessageKey) }),
        section: 'competition',
      },
    );
}
