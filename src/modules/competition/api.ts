import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { DomainError, invalid, notFound, snakeCase, withFieldNames } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { can } from '../../policies/index.ts';
import { clusterAccessOf } from '../registry/team.ts';
import { authorizedApplication } from './access.ts';
import { clusterIdOf } from './apiDiscovery.ts';
import { FORM_FIELDS } from './applicationForm.ts';
import { applicationStarter } from './applicationStarter.ts';
import { applicationSubmitter } from './applicationSubmitter.ts';
import { applicationWithdrawer } from './applicationWithdrawer.ts';
import { attachmentUploader } from './attachmentUploader.ts';
import { draftSaver } from './draftSaver.ts';
import { refusal } from './errors.ts';
import { formalChecklist } from './formalChecklist.ts';
import { formalDecider } from './formalDecider.ts';
import {
  applicationWithAttachments,
  presentApplication,
  presentRound,
  roundPresentation,
} from './presenters.ts';
import { allRounds, applicationById, applicationsOfUser, formalChecksOf, roundById } from './queries.ts';
import type { RoundInput } from './roundInput.ts';
import { roundCreator, roundPublisher, roundUpdater } from './roundRecorder.ts';
import { rulesFromTemplate } from './rules.ts';
import {
  AnswersBody,
  Application,
  ApplicationCreate,
  ApplicationSummaryList,
  AttachmentParams,
  FormalCheckBody,
  FormalCheckResult,
  FormalChecks,
  IdParams,
  Receipt,
  Round,
  RoundBody,
  RoundList,
  SubmitBody,
} from './schemas.ts';

const bearer = [{ bearerAuth: [] }];
const tags = ['competition'];
const errors = apiErrors(400, 401, 403, 404, 409, 422);

/** The API names a refused field as its body does (`closes_at`); paths inside the rules stay as they are. */
function inRequestNames(error: unknown): never {
  if (error instanceof DomainError) {
    throw withFieldNames(error, (name) => (name.includes('/') ? name : snakeCase(name)));
  }
  throw error;
}

function roundInputOf(body: RoundBody, fallbackRules?: unknown): RoundInput {
  const rules =
    body.rules ?? (body.template ? rulesFromTemplate(body.template as 'LATEST_ROUND_RULES') : fallbackRules);
  return {
    programmeId: body.programme_id,
    number: body.number,
    namePl: body.name_pl,
    nameEn: body.name_en,
    descriptionPl: body.description_pl ?? '',
    descriptionEn: body.description_en ?? '',
    opensAt: new Date(body.opens_at).toISOString(),
    closesAt: new Date(body.closes_at).toISOString(),
    formalCheckDueAt: body.formal_check_due_at ? new Date(body.formal_check_due_at).toISOString() : null,
    assessmentDueAt: body.assessment_due_at ? new Date(body.assessment_due_at).toISOString() : null,
    panelDueAt: body.panel_due_at ? new Date(body.panel_due_at).toISOString() : null,
    decisionDueAt: body.decision_due_at ? new Date(body.decision_due_at).toISOString() : null,
    rules: (rules ?? rulesFromTemplate('LATEST_ROUND_RULES')) as RoundInput['rules'],
    closesAtReason: body.closes_at_reason ?? '',
  };
}

/** Rounds, applications and the formal check for scripts, with bearer tokens. */
export default async function competitionApi(app: FastifyInstance): Promise<void> {
  app.addContentTypeParser(
    'application/pdf',
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 + 1 },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/v1/rounds',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Published rounds (all rounds for operators)', response: { 200: RoundList } },
    },
    async (request) => {
      const operator = can(request.actor, 'rounds.manage');
      const rounds = (await allRounds(app.db)).filter((round) => operator || round.publishedAt !== null);
      const presentation = await roundPresentation(request);
      return { items: rounds.map((round) => presentRound(round, presentation)) };
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/rounds/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A round with its rules',
        params: IdParams,
        response: { 200: Round, ...apiErrors(404) },
      },
    },
    async (request) => {
      const round = await roundById(app.db, request.params.id);
      if (!round || (round.publishedAt === null && !can(request.actor, 'rounds.manage'))) throw notFound();
      return presentRound(round, await roundPresentation(request));
    },
  );

  app.post<{ Body: RoundBody }>(
    '/api/v1/rounds',
    {
      config: { access: 'rounds.manage' },
      schema: {
        tags,
        summary: 'Create a draft round',
        security: bearer,
        body: RoundBody,
        response: { 201: Round, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = await runCommand(request, roundCreator, roundInputOf(request.body)).catch(
        inRequestNames,
      );
      const round = await roundById(app.db, id);
      return reply.code(201).send(round && presentRound(round, await roundPresentation(request)));
    },
  );

  app.put<{ Params: IdParams; Body: RoundBody }>(
    '/api/v1/rounds/:id',
    {
      config: { access: 'rounds.manage' },
      schema: {
        tags,
        summary:
          'Change a round; once it has opened its rules and opening are refused (409) and closes_at may only be extended, with closes_at_reason, while the call is open',
        security: bearer,
        params: IdParams,
        body: RoundBody,
        response: { 200: Round, ...errors },
      },
    },
    async (request, _reply) => {
      const existing = await roundById(app.db, request.params.id);
      if (!existing) throw refusal('not_found');
      await runCommand(request, roundUpdater, existing.id, roundInputOf(request.body, existing.rules)).catch(
        inRequestNames,
      );
      const round = await roundById(app.db, existing.id);
      return round && presentRound(round, await roundPresentation(request));
    },
  );

  app.post<{ Params: IdParams }>(
    '/api/v1/rounds/:id/publish',
    {
      config: { access: 'rounds.manage' },
      schema: {
        tags,
        summary: 'Publish a round',
        security: bearer,
        params: IdParams,
        response: { 200: Round, ...errors },
      },
    },
    async (request, _reply) => {
      await runCommand(request, roundPublisher, request.params.id);
      const round = await roundById(app.db, request.params.id);
      return round && presentRound(round, await roundPresentation(request));
    },
  );

  app.post<{ Body: ApplicationCreate }>(
    '/api/v1/applications',
    {
      config: { access: 'applications.apply' },
      schema: {
        tags,
        summary: "Start a draft application for your team's cluster",
        security: bearer,
        body: ApplicationCreate,
        response: { 201: Application, ...errors },
      },
    },
    async (request, reply) => {
      const { cluster_id: byId, cluster_slug: slug } = request.body;
      if (byId === undefined && slug === undefined) throw invalid({ cluster_id: 'api.clusterRequired' });
      const clusterId = await clusterIdOf(app.db, request.body);
      if (clusterId === undefined) throw notFound('api.clusterNotFound', { slug: slug ?? '' });
      const access = await clusterAccessOf(app.db, request.actor, clusterId);
      if (!can(request.actor, 'applications.apply', access)) throw notFound();
      const { id } = await runCommand(request, applicationStarter, {
        roundId: request.body.round_id,
        clusterId,
      });
      const application = await applicationById(app.db, id);
      return reply
        .code(201)
        .send(application && presentApplication(await applicationWithAttachments(request, application)));
    },
  );

  app.get(
    '/api/v1/applications',
    {
      config: { access: 'applications.read' },
      schema: {
        tags,
        summary: 'The applications of the clusters whose team you are on, the latest changed first',
        security: bearer,
        response: { 200: ApplicationSummaryList, ...errors },
      },
    },
    async (request) => {
      const rows = await applicationsOfUser(app.db, request.actor?.userId ?? 0);
      return {
        items: rows.map((row) => ({
          id: row.id,
          round_id: row.roundId,
          round_name: request.locale === 'en' ? row.roundNameEn : row.roundNamePl,
          cluster_id: row.clusterId,
          cluster_name: row.clusterName,
          kind: row.kind,
          state: row.state,
          receipt_number: row.receiptNumber,
          submitted_at: row.submittedAt,
          updated_at: row.updatedAt,
        })),
      };
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/applications/:id',
    {
      config: { access: 'applications.read' },
      schema: {
        tags,
        summary: 'An application (its team and operators only)',
        security: bearer,
        params: IdParams,
        response: { 200: Application, ...errors },
      },
    },
    async (request) => {
      const { application } = await authorizedApplication(request, request.params.id, 'applications.read');
      return presentApplication(await applicationWithAttachments(request, application));
    },
  );

  app.patch<{ Params: IdParams; Body: AnswersBody }>(
    '/api/v1/applications/:id',
    {
      config: { access: 'applications.apply' },
      schema: {
        tags,
        summary: 'Save answers of a draft (or the fields asked for in a correction)',
        security: bearer,
        params: IdParams,
        body: AnswersBody,
        response: { 200: Application, ...errors },
      },
    },
    async (request, _reply) => {
      const { application } = await authorizedApplication(request, request.params.id, 'applications.apply');
      await runCommand(request, draftSaver, {
        applicationId: application.id,
        fields: FORM_FIELDS,
        input: request.body.answers,
      });
      const updated = await applicationById(app.db, application.id);
      return updated && presentApplication(await applicationWithAttachments(request, updated));
    },
  );

  app.put<{ Params: AttachmentParams }>(
    '/api/v1/applications/:id/attachments/:code',
    {
      config: { access: 'applications.apply' },
      schema: {
        tags,
        summary: 'Upload an attachment (body: the PDF, Content-Type application/pdf, at most 10 MB)',
        security: bearer,
        params: AttachmentParams,
        response: { 200: Application, ...apiErrors(413, 415), ...errors },
      },
    },
    async (request, _reply) => {
      const { application } = await authorizedApplication(request, request.params.id, 'applications.apply');
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      await runCommand(request, attachmentUploader, {
        applicationId: application.id,
        code: request.params.code,
        fileName: `${request.params.code}.pdf`,
        data,
      });
      const updated = await applicationById(app.db, application.id);
      return updated && presentApplication(await applicationWithAttachments(request, updated));
    },
  );

  app.post<{ Params: IdParams; Body: { declaration?: boolean } }>(
    '/api/v1/applications/:id/submit',
    {
      config: { access: 'applications.apply' },
      schema: {
        tags,
        summary: 'Submit (or resubmit after corrections); the server’s clock decides, closes_at inclusive',
        security: bearer,
        params: IdParams,
        body: SubmitBody,
        response: { 200: Receipt, ...errors },
      },
    },
    async (request, _reply) => {
      const { application } = await authorizedApplication(request, request.params.id, 'applications.apply');
      const receipt = await runCommand(request, applicationSubmitter, application.id, {
        confirmed: request.body.declaration === true,
      });
      return {
        application_id: receipt.applicationId,
        receipt_number: receipt.receiptNumber,
        submitted_at: receipt.submittedAt,
        sha256: receipt.sha256,
        version: receipt.version,
      };
    },
  );

  app.post<{ Params: IdParams }>(
    '/api/v1/applications/:id/withdraw',
    {
      config: { access: 'applications.apply' },
      schema: {
        tags,
        summary: 'Withdraw before a decision',
        security: bearer,
        params: IdParams,
        response: { 204: Type204, ...errors },
      },
    },
    async (request, reply) => {
      const { application } = await authorizedApplication(request, request.params.id, 'applications.apply');
      await runCommand(request, applicationWithdrawer, application.id);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: IdParams; Body: FormalCheckBody }>(
    '/api/v1/applications/:id/formal-check',
    {
      config: { access: 'applications.formalCheck' },
      schema: {
        tags,
        summary: 'Record the formal check: accept, reject with reasons, or ask for corrections',
        security: bearer,
        params: IdParams,
        body: FormalCheckBody,
        response: { 200: FormalCheckResult, ...errors },
      },
    },
    async (request, _reply) => {
      const body = request.body;
      const result = await runCommand(request, formalDecider, request.params.id, {
        decision: body.decision,
        comment: body.comment ?? '',
        confirmed: body.confirmed ?? [],
        correctionFields: body.correction_fields ?? [],
        correctionAttachments: body.correction_attachments ?? [],
      }).catch(inRequestNames);
      const application = await applicationById(app.db, request.params.id);
      const checks = await formalChecksOf(app.db, request.params.id);
      return {
        state: application?.state ?? '',
        corrections_due_at: result.correctionsDueAt,
        checklist: checks.at(-1)?.checklist ?? [],
      };
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/applications/:id/formal-checks',
    {
      config: { access: 'applications.formalCheck' },
      schema: {
        tags,
        summary:
          "The round's checklist for the submitted version and every formal check with its confirmed items",
        security: bearer,
        params: IdParams,
        response: { 200: FormalChecks, ...apiErrors(401, 403, 404) },
      },
    },
    async (request) => {
      const application = await applicationById(app.db, request.params.id);
      const round = application && (await roundById(app.db, application.roundId));
      if (!application?.snapshot || !round) throw notFound();
      const checks = await formalChecksOf(app.db, application.id);
      return {
        state: application.state,
        checklist: formalChecklist(round.rules, application.snapshot).map((item) => ({
          ...item,
          confirmed: item.met,
        })),
        checks: checks.map((check) => ({
          decision: check.decision,
          decided_at: check.createdAt,
          snapshot_version: check.snapshotVersion,
          reasons: check.reasons,
          checklist: check.checklist,
        })),
      };
    },
  );
}

const Type204 = { type: 'null' } as const;
