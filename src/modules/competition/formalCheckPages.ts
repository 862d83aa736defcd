import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { formatNumber } from '../../platform/formats.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { formBody } from '../accounts/http.ts';
import { FORM_FIELDS } from './applicationForm.ts';
import { clusterFacts } from './clusterFacts.ts';
import { formalChecklist } from './formalChecklist.ts';
import { formalDecider } from './formalDecider.ts';
import { noStore } from './http.ts';
import {
  type Application,
  applicationById,
  currentAttachments,
  formalChecksOf,
  roundById,
} from './queries.ts';
import { STATE_COLOURS } from './stateColours.ts';
import type { FormalDecision } from './tables.ts';

const VIEWS = 'modules/competition/views';
type IdParams = { Params: { id: string } };
const DECISIONS: Record<string, FormalDecision> = {
  przyjmij: 'accepted',
  odrzuc: 'rejected',
  uzupelnienia: 'corrections',
};

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

async function submittedApplication(app: FastifyInstance, rawId: string): Promise<Application> {
  const id = Number(rawId);
  const application = Number.isSafeInteger(id) ? await applicationById(app.db, id) : undefined;
  if (!application?.snapshot) throw notFound();
  return application;
}

/** The operator's formal check of a submitted application: a checklist from the rules and a decision. */
export function formalCheckPages(app: FastifyInstance): void {
  app.get<IdParams>(
    '/panel/konkurs/wnioski/:id/ocena-formalna',
    { schema: { hide: true }, config: { access: 'applications.formalCheck' } },
    async (request, reply) => {
      const application = await submittedApplication(app, request.params.id);
      const notice = (request.query as { zapisano?: string }).zapisano
        ? request.t('competition.formal.done')
        : undefined;
      return formalPage(request, reply, application, { notice });
    },
  );

  app.post<IdParams>(
    '/panel/konkurs/wnioski/:id/ocena-formalna',
    { schema: { hide: true }, config: { access: 'applications.formalCheck' } },
    async (request, reply) => {
      const application = await submittedApplication(app, request.params.id);
      const body = formBody(request);
      const values = {
        decyzja: String(body.decyzja ?? ''),
        uwagi: String(body.uwagi ?? ''),
        spelnione: list(body.spelnione),
        pola: list(body.pola),
        zalaczniki: list(body.zalaczniki),
      };
      const decision = DECISIONS[values.decyzja];
      if (!decision)
        return formalPage(request, reply.code(400), application, {
          values,
          errors: { decyzja: request.t('competition.problem.required') },
        });
      try {
        await runCommand(request, formalDecider, application.id, {
          decision,
          confirmed: values.spelnione,
          comment: values.uwagi,
          correctionFields: values.pola,
          correctionAttachments: values.zalaczniki,
        });
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        const renamed: Record<string, string> = {};
        for (const [name, message] of Object.entries(summary.errors))
          renamed[
            name.startsWith('confirmed')
              ? 'spelnione'
              : ({ comment: 'uwagi', correctionFields: 'pola', correctionAttachments: 'zalaczniki' }[name] ??
                name)
          ] = message;
        if (Object.keys(renamed).length === 0) renamed.decyzja = summary.refusal;
        return formalPage(request, reply.code(summary.status), application, { values, errors: renamed });
      }
      return reply.redirect(`/panel/konkurs/wnioski/${application.id}/ocena-formalna?zapisano=1`, 303);
    },
  );
}

async function formalPage(
  request: FastifyRequest,
  reply: FastifyReply,
  application: Application,
  state: {
    notice?: string;
    errors?: Record<string, string>;
    values?: { decyzja: string; uwagi: string; spelnione: string[]; pola: string[]; zalaczniki: string[] };
  },
) {
  const app = request.server;
  const t = request.t;
  const en = request.locale === 'en';
  const round = await roundById(app.db, application.roundId);
  const snapshot = application.snapshot;
  if (!round || !snapshot) throw notFound();
  const checks = await formalChecksOf(app.db, application.id);
  const cluster = await clusterFacts(app.db, application.clusterId);
  const attachments = await currentAttachments(app.db, application.id);
  const attachmentName = (code: string) => {
    const required = round.rules.eligibility.requiredAttachments.find((a) => a.code === code);
    return required ? (en ? required.nameEn : required.namePl) : code;
  };
  const itemLabel = (item: ReturnType<typeof formalChecklist>[number]) =>
    item.kind === 'eligibility'
      ? t(`competition.formal.item.eligibility.${item.code}` as MessageKey)
      : item.kind === 'attachment'
        ? t('competition.formal.item.attachment', { name: attachmentName(item.code) })
        : t('competition.formal.item.complete', { name: t(`competition.field.${item.code}` as MessageKey) });
  const checklist = formalChecklist(round.rules, snapshot);
  const values = state.values ?? {
    decyzja: '',
    uwagi: '',
    spelnione: checklist.filter((item) => item.met).map((item) => item.key),
    pola: [],
    zalaczniki: [],
  };
  return noStore(reply).page(
    `${VIEWS}/formalCheck`,
    {
      stateColours: STATE_COLOURS,
      application,
      snapshot,
      clusterName: cluster?.name ?? snapshot.cluster.name,
      roundName: en ? round.nameEn : round.namePl,
      stateLabel: t(`competition.state.${application.state}` as MessageKey),
      waiting: application.state === 'submitted',
      checklist: checklist.map((item) => ({
        ...item,
        label: itemLabel(item),
        checked: values.spelnione.includes(item.key),
      })),
      answers: FORM_FIELDS.map((spec) => {
        const value = snapshot.answers[spec.name] ?? '';
        return {
          label: t(`competition.field.${spec.name}` as MessageKey),
          // Numbers written the reader's way (350 000 000,5), as on the expert's sheet.
          value: typeof value === 'number' ? formatNumber(value, request.locale) : value,
        };
      }),
      files: snapshot.attachments.map((file) => ({
        ...file,
        name: attachmentName(file.code),
        id: attachments.find((a) => a.sha256 === file.sha256 && a.code === file.code)?.id,
      })),
      fieldOptions: FORM_FIELDS.map((spec) => ({
        value: spec.name,
        label: t(`competition.field.${spec.name}` as MessageKey),
        checked: values.pola.includes(spec.name),
      })),
      attachmentOptions: round.rules.eligibility.requiredAttachments.map((a) => ({
        value: a.code,
        label: en ? a.nameEn : a.namePl,
        checked: values.zalaczniki.includes(a.code),
      })),
      history: checks.map((check) => ({
        ...check,
        decisionLabel: t(`competition.decision.${check.decision}` as MessageKey),
        items: check.checklist.map((item) => ({ label: itemLabel(item), confirmed: item.confirmed })),
      })),
      windowDays: round.rules.correctionWindowDays,
      values,
      notice: state.notice,
      errors: state.errors ?? {},
      csrf: reply.csrfToken(),
    },
    {
      title: t('competition.formal.title', { cluster: cluster?.name ?? snapshot.cluster.name }),
      section: 'competition-operator',
    },
  );
}
