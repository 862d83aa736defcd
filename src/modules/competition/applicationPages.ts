import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, notFound } from '../../platform/domainError.ts';
import { acceptMultipartForms, uploadedFile } from '../../platform/multipart.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { formBody } from '../accounts/http.ts';
import { attachmentReadableBy, authorizedApplication } from './access.ts';
import { FORM_FIELDS, fieldsOfStep, WIZARD_STEPS, type WizardStep } from './applicationForm.ts';
import { applicationSubmitter } from './applicationSubmitter.ts';
import { restoredStep, STEP_SLUGS, statusPage, stepPage, stepUrl } from './applicationViews.ts';
import { applicationWithdrawer } from './applicationWithdrawer.ts';
import { MAX_ATTACHMENT_BYTES } from './attachmentStore.ts';
import { attachmentUploader } from './attachmentUploader.ts';
import { draftSaver } from './draftSaver.ts';
import { draftStasher, STASH_COOKIE } from './draftStash.ts';
import { fieldMessages, noStore } from './http.ts';
import { applicationById, applicationsOfUser, attachmentById, roundById } from './queries.ts';
import { stashRestorer } from './stashRestorer.ts';
import { STATE_COLOURS } from './stateColours.ts';

const VIEWS = 'modules/competition/views';
const STEP_OF_SLUG = new Map(Object.entries(STEP_SLUGS).map(([step, slug]) => [slug, step as WizardStep]));
type IdParams = { Params: { id: string } };
type StepParams = { Params: { id: string; step: string } };

function idOf(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound();
  return id;
}

/** The application named in the address, when the person may do `action` with it (else 404). */
function applicationInPath(
  request: FastifyRequest<{ Params: { id: string } }>,
  action: 'applications.read' | 'applications.apply',
) {
  return authorizedApplication(request, idOf(request.params.id), action);
}

function stepOf(slug: string): WizardStep {
  const step = STEP_OF_SLUG.get(slug);
  if (!step) throw notFound();
  return step;
}

/** The coordinator's side: my applications, the wizard, attachments, submission, receipt, withdrawal. */
export default async function applicationPages(app: FastifyInstance): Promise<void> {
  acceptMultipartForms(app, { maxFileBytes: MAX_ATTACHMENT_BYTES, maxFields: 10 });

  // A step posted after the session expired: keep what was typed for this browser, send the person to
  // sign in, and bring them back to the step, where it is put back (see the GET below).
  app.setErrorHandler(async (error, request, reply) => {
    const expired =
      error instanceof DomainError && error.kind === 'unauthenticated' && request.method === 'POST';
    if (!expired || request.routeOptions.url !== '/konkurs/wnioski/:id/krok/:step') throw error;
    const { id, step } = request.params as { id: string; step: string };
    const applicationId = idOf(id);
    stepOf(step);
    const token = await draftStasher(app.db, { applicationId, input: formBody(request) }, app.clock.now());
    if (token)
      reply.setCookie(STASH_COOKIE, token, {
        path: '/konkurs/wnioski',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.baseUrl.startsWith('https:'),
        maxAge: 24 * 60 * 60,
      });
    const back = `/konkurs/wnioski/${applicationId}/krok/${step}${token ? '?przywroc=1' : ''}`;
    return reply.redirect(`/konto/logowanie?${new URLSearchParams({ wroc: back })}`, 303);
  });

  app.get(
    '/moje-wnioski',
    { schema: { hide: true }, config: { access: 'signedIn' } },
    async (request, reply) => {
      const rows = await applicationsOfUser(app.db, request.actor?.userId ?? 0);
      const t = request.t;
      return noStore(reply).page(
        `${VIEWS}/mine`,
        {
          stateColours: STATE_COLOURS,
          applications: rows.map((row) => ({
            ...row,
            stateLabel: t(`competition.state.${row.state}` as MessageKey),
            roundName: request.locale === 'en' ? row.roundNameEn : row.roundNamePl,
          })),
        },
        { title: t('competition.mine.title'), section: 'competition' },
      );
    },
  );

  app.get<IdParams>(
    '/konkurs/wnioski/:id',
    { schema: { hide: true }, config: { access: 'applications.read' } },
    async (request, reply) => {
      const { application, access } = await applicationInPath(request, 'applications.read');
      return statusPage(request, reply, application, access.teamRole !== null, {});
    },
  );

  app.get<StepParams>(
    '/konkurs/wnioski/:id/krok/:step',
    { schema: { hide: true }, config: { access: 'applications.apply' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.apply');
      const step = stepOf(request.params.step);
      const query = request.query as { zapisano?: string; dodano?: string; przywroc?: string };
      const token = request.cookies[STASH_COOKIE];
      if (query.przywroc && token) {
        const restoration = await runCommand(request, stashRestorer, {
          applicationId: application.id,
          token,
        });
        return restoredStep(request, reply, application, step, restoration);
      }
      const notice = query.dodano
        ? request.t('competition.wizard.uploaded')
        : query.zapisano
          ? request.t('competition.wizard.saved')
          : undefined;
      return stepPage(request, reply, application, step, { notice });
    },
  );

  app.post<StepParams>(
    '/konkurs/wnioski/:id/krok/:step',
    { schema: { hide: true }, config: { access: 'applications.apply' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.apply');
      const step = stepOf(request.params.step);
      const body = formBody(request);
      const fields = fieldsOfStep(step);
      let saved: Awaited<ReturnType<typeof draftSaver>>;
      try {
        saved = await runCommand(request, draftSaver, { applicationId: application.id, fields, input: body });
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        return stepPage(request, reply.code(summary.status), application, step, {
          values: body,
          errors: summary.errors,
          refusal: summary.refusal,
        });
      }
      const index = WIZARD_STEPS.indexOf(step);
      const action = String(body.akcja ?? 'dalej');
      if (action === 'wstecz')
        return reply.redirect(stepUrl(application.id, WIZARD_STEPS[Math.max(0, index - 1)] ?? step), 303);
      if (Object.keys(saved.problems).length > 0) {
        const updated = { ...application, form: JSON.stringify(saved.form) };
        return stepPage(request, reply.code(400), updated, step, {
          errors: fieldMessages(request.t, saved.problems),
          notice: request.t('competition.wizard.savedWithProblems'),
        });
      }
      if (action === 'zapisz') return reply.redirect(`${stepUrl(application.id, step)}?zapisano=1`, 303);
      return reply.redirect(stepUrl(application.id, WIZARD_STEPS[index + 1] ?? step), 303);
    },
  );

  // The autosave script posts the form here every 30 seconds; it keeps the typed values, problems and all.
  app.post<IdParams>(
    '/konkurs/wnioski/:id/autozapis',
    { schema: { hide: true }, config: { access: 'applications.apply' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.apply');
      try {
        await runCommand(request, draftSaver, {
          applicationId: application.id,
          fields: FORM_FIELDS,
          input: formBody(request),
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return reply.code(errorSummaryOf(error, request.t).status).send({ error: error.code });
      }
      return reply.code(204).send();
    },
  );

  app.post<IdParams>(
    '/konkurs/wnioski/:id/zalaczniki',
    { schema: { hide: true }, config: { access: 'applications.apply' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.apply');
      const body = request.body as Record<string, unknown>;
      const code = String(body.kod ?? '');
      // Each attachment's form names its file field plik-<code> (unique ids on the page); 'plik' still works.
      const file = uploadedFile(body, `plik-${code}`) ?? uploadedFile(body, 'plik');
      try {
        await runCommand(request, attachmentUploader, {
          applicationId: application.id,
          code,
          fileName: file?.fileName ?? '',
          data: file?.data ?? Buffer.alloc(0),
          tooLarge: file?.tooLarge ?? false,
        });
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        const errors = Object.keys(summary.errors).length > 0 ? summary.errors : { [code]: summary.refusal };
        const field = Object.fromEntries(
          Object.entries(errors).map(([name, message]) => [`plik-${name}`, message]),
        );
        return stepPage(request, reply.code(summary.status), application, 'attachments', { errors: field });
      }
      return reply.redirect(`${stepUrl(application.id, 'attachments')}?dodano=1`, 303);
    },
  );

  app.get<{ Params: { id: string; attachment: string } }>(
    '/konkurs/wnioski/:id/zalaczniki/:attachment',
    { schema: { hide: true }, config: { access: 'signedIn' } },
    async (request, reply) => {
      const application = await applicationById(app.db, idOf(request.params.id));
      const attachment = await attachmentById(app.db, idOf(request.params.attachment));
      if (!application || attachment?.applicationId !== application.id) throw notFound();
      if (!(await attachmentReadableBy(request, request.actor, application))) throw notFound();
      const data = await app.attachments.read(attachment.storedName).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        // The row outlived its file (a restored database without its files): say so, not a 500.
        request.log.error({ attachmentId: attachment.id }, 'attachment file missing');
        throw notFound();
      });
      return noStore(reply)
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${attachment.code}.pdf"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        )
        .send(data);
    },
  );

  app.post<IdParams>(
    '/konkurs/wnioski/:id/zloz',
    { schema: { hide: true }, config: { access: 'applications.apply' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.apply');
      const confirmed = formBody(request).declaration === 'yes';
      try {
        await runCommand(request, applicationSubmitter, application.id, { confirmed });
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        // Field problems and eligibility reasons are listed on the review page itself, computed afresh;
        // the declaration is the one field of this page.
        const declaration = summary.errors.declaration;
        return stepPage(request, reply.code(summary.status), application, 'review', {
          refusal: summary.refusal,
          ...(declaration ? { errors: { declaration } } : {}),
        });
      }
      return reply.redirect(`/konkurs/wnioski/${application.id}/potwierdzenie`, 303);
    },
  );

  app.get<IdParams>(
    '/konkurs/wnioski/:id/potwierdzenie',
    { schema: { hide: true }, config: { access: 'applications.read' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.read');
      if (!application.snapshot || !application.receiptNumber) throw notFound();
      const round = await roundById(app.db, application.roundId);
      return noStore(reply).page(
        `${VIEWS}/receipt`,
        {
          application,
          snapshot: application.snapshot,
          roundName: request.locale === 'en' ? round?.nameEn : round?.namePl,
        },
        { title: request.t('competition.receipt.title'), section: 'competition' },
      );
    },
  );

  app.get<IdParams>(
    '/konkurs/wnioski/:id/potwierdzenie.pdf',
    { schema: { hide: true }, config: { access: 'applications.read' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.read');
      if (!application.snapshot || !application.receiptNumber || !application.snapshotSha256)
        throw notFound();
      const { receiptPdf } = await import('./receiptPdf.ts');
      const pdf = await receiptPdf(
        { snapshot: application.snapshot, sha256: application.snapshotSha256 },
        request.locale,
      );
      const name = `potwierdzenie-${application.receiptNumber.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`;
      return noStore(reply)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(Buffer.from(pdf));
    },
  );

  app.post<IdParams>(
    '/konkurs/wnioski/:id/wycofaj',
    { schema: { hide: true }, config: { access: 'applications.apply' } },
    async (request, reply) => {
      const { application } = await applicationInPath(request, 'applications.apply');
      try {
        await runCommand(request, applicationWithdrawer, application.id);
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        return statusPage(request, reply.code(summary.status), application, true, { error: summary.refusal });
      }
      return reply.redirect(`/konkurs/wnioski/${application.id}?wycofano=1`, 303);
    },
  );
}
