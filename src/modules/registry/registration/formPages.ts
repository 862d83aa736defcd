import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { DomainError, invalid } from '../../../platform/domainError.ts';
import { isUploadedFile, type UploadedFile } from '../../../platform/multipart.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../../plugins/app/errors.ts';
import { can } from '../../../policies/index.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { formBody } from '../../accounts/http.ts';
import { clusterAccessOf } from '../team.ts';
import { formErrors, formOptions, statusLabel, summarySections } from './formView.ts';
import { actorOf, registrationFor } from './http.ts';
import { logoProblem, logoSaver } from './logo.ts';
import {
  decisionsOf,
  organisationsWithIdentifiers,
  pendingChangeOf,
  type RegistrationRecord,
} from './queries.ts';
import {
  checkRegistration,
  emptyValues,
  type RegistrationErrors,
  type RegistrationValues,
  readRegistrationValues,
} from './registrationForm.ts';
import { draftSaver, profileSaver } from './registrationSaver.ts';
import { registrationSubmitter } from './registrationSubmitter.ts';
import { isFormEditable, isProfileEditable } from './workflow.ts';

const VIEW = 'modules/registry/registration/views/form';

/** Notices after a redirect, named in the query so nothing typed is echoed back. */
const NOTICES: Record<string, MessageKey> = {
  rozpoczeto: 'registration.notice.started',
  szkic: 'registration.notice.draftSaved',
  wyslano: 'registration.notice.submitted',
  profil: 'registration.notice.profileSaved',
  zmiana: 'registration.notice.changeProposed',
};

type Errors = RegistrationErrors & { logo?: MessageKey };

/** The registration form of a cluster (draft, returned), its published profile's form, or a read-only view. */
export function formPages(app: FastifyInstance): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    registration: RegistrationRecord,
    props: { values?: RegistrationValues; errors?: Errors; notice?: string } = {},
  ) => {
    const [decisions, pendingChange, access] = await Promise.all([
      decisionsOf(app.db, registration.clusterId),
      pendingChangeOf(app.db, registration.clusterId),
      clusterAccessOf(app.db, request.actor, registration.clusterId),
    ]);
    const known = isFormEditable(registration.status)
      ? await organisationsWithIdentifiers(app.db, {
          nip: registration.values.coordinatorNip,
          regon: registration.values.coordinatorRegon,
          krs: registration.values.coordinatorKrs,
        })
      : [];
    const values = props.values ?? registration.values;
    reply.header('cache-control', 'no-store');
    return reply.page(
      VIEW,
      {
        clusterId: registration.clusterId,
        status: registration.status,
        statusLabel: statusLabel(request, registration.status),
        editable: isFormEditable(registration.status),
        profile: isProfileEditable(registration.status),
        slug: registration.slug,
        cluster: {
          slug: registration.slug,
          status: registration.status,
          canManageTeam: can(request.actor, 'cluster.manageTeam', access),
        },
        hasLogo: registration.hasLogo,
        knownOrganisation: known[0]?.name ?? null,
        values,
        errors: formErrors(request, props.errors ?? {}),
        notice: props.notice,
        lastDecision: decisions[0] ?? null,
        pendingChange: pendingChange ?? null,
        options: formOptions(request),
        summary: summarySections(request, values),
        csrf: reply.csrfToken(),
      },
      { title: values.name || request.t('registration.form.title') },
    );
  };

  app.get<{ Params: { slug: string }; Querystring: { zapisano?: string } }>(
    '/moje-klastry/:slug',
    { config: { access: 'cluster.edit' } },
    async (request, reply) => {
      const registration = await registrationFor(app, request, request.params.slug, 'cluster.edit');
      const notice = NOTICES[request.query.zapisano ?? ''];
      return show(request, reply, registration, { notice: notice && request.t(notice) });
    },
  );

  /** What the form sent: the values typed, the logo file and its problem, and which button was pressed. */
  const readSubmission = (request: FastifyRequest, registration: RegistrationRecord) => {
    const body = formBody(request);
    const typed = readRegistrationValues(body, { ...emptyValues(), slug: registration.slug });
    if (isProfileEditable(registration.status)) typed.slug = registration.slug;
    const logo = isUploadedFile(body.logo) ? body.logo : null;
    return {
      typed,
      logo,
      logoError: logo ? logoProblem(logo) : null,
      submit: isFormEditable(registration.status) && body.akcja === 'wyslij',
    };
  };

  const logoWriter =
    (clusterId: number, logo: UploadedFile | null, now: Date) => async (trx: Transaction<Database>) => {
      if (logo)
        await logoSaver(trx, {
          clusterId,
          data: logo.data,
          dataDir: app.config.dataDir,
          now: now.toISOString(),
        });
    };

  app.post<{ Params: { slug: string } }>(
    '/moje-klastry/:slug',
    { config: { access: 'cluster.edit' } },
    async (request, reply) => {
      actorOf(request);
      const registration = await registrationFor(app, request, request.params.slug, 'cluster.edit');
      const { clusterId, status } = registration;
      if (!isFormEditable(status) && !isProfileEditable(status))
        throw new DomainError('conflict', 'conflict', 'registration.stateConflict');
      const { typed, logo, logoError, submit } = readSubmission(request, registration);
      const now = app.clock.now();
      const saveLogo = logoWriter(clusterId, logo, now);
      const refuse = (errors: Errors) =>
        show(request, reply.code(400), registration, { values: typed, errors });

      if (submit) {
        if (logoError) {
          // A refused send keeps what was typed, as far as a draft's rules allow it to be saved.
          await runCommand(request, draftSaver, {
            clusterId,
            before: registration.values,
            values: typed,
          }).catch((error: unknown) => {
            if (!(error instanceof DomainError)) throw error;
          });
          return refuse({ ...checkRegistration(typed, 'submit', now).errors, logo: logoError });
        }
        const result = await runCommand(request, async (context) => {
          const props = { clusterId, before: registration.values, values: typed };
          const submitted = await registrationSubmitter(context, props);
          if (submitted.ok || submitted.draftSaved) await saveLogo(context.trx);
          return submitted;
        });
        if (!result.ok) return refuse(result.errors);
        return reply.redirect(`/moje-klastry/${typed.slug}?zapisano=wyslano`, 303);
      }

      // The savers refuse what breaks a rule (a published profile must stay complete; a draft may be
      // saved half-filled); a bad logo is refused with them, and then nothing is saved.
      const props = { clusterId, before: registration.values, values: typed };
      const profile = isProfileEditable(status);
      let saved: { outcome: 'szkic' | 'zmiana' | 'profil'; slug: string };
      try {
        saved = await runCommand(request, async (context) => {
          if (!profile) {
            const values = await draftSaver(context, props);
            if (logoError) throw invalid({});
            await saveLogo(context.trx);
            return { outcome: 'szkic' as const, slug: values.slug };
          }
          const result = await profileSaver(context, props);
          if (logoError) throw invalid({});
          await saveLogo(context.trx);
          return {
            outcome: result.changeProposed ? ('zmiana' as const) : ('profil' as const),
            slug: result.values.slug,
          };
        });
      } catch (error) {
        const summary = errorSummaryOf(error, request.t);
        if (summary.status !== 400) throw error;
        const fields = error instanceof DomainError ? (error.fields as Errors) : {};
        return refuse({ ...fields, ...(logoError ? { logo: logoError } : {}) });
      }
      if (saved.outcome !== 'szkic') app.pageCache.clear();
      return reply.redirect(
        `/moje-klastry/${saved.slug || registration.slug}?zapisano=${saved.outcome}`,
        303,
      );
    },
  );
}
