import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiErrors } from '../../../errors.ts';
import { DomainError, forbidden, invalid, notFound, withFieldNames } from '../../../platform/domainError.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { can } from '../../../policies/index.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { clusterAccessOf } from '../team.ts';
import { COORDINATOR_FIELDS, type CoordinatorChoices, wireField } from './coordinatorMerge.ts';
import { activeCriteria } from './criteria.ts';
import { answersOf, decisionsOf, loadRegistration, type RegistrationRecord } from './queries.ts';
import { checkQuestionnaire } from './questionnaire.ts';
import { unmetView } from './questionnairePage.ts';
import { type Decision, registrationDecider } from './registrationDecider.ts';
import {
  LIST_FIELDS,
  type RegistrationErrors,
  readRegistrationValues,
  TEXT_FIELDS,
} from './registrationForm.ts';
import { draftSaver } from './registrationSaver.ts';
import { registrationStarter } from './registrationStarter.ts';
import { registrationSubmitter } from './registrationSubmitter.ts';
import {
  DecisionRequest,
  QuestionnaireRequest,
  QuestionnaireResult,
  Registration,
  RegistrationForm,
  RegistrationParams,
  wireName,
} from './schemas.ts';
import { isFormEditable } from './workflow.ts';

const bearer = [{ bearerAuth: [] }];
const tags = ['registration'];

/** The wire body (snake_case) as the form's fields. */
function formFieldsOf(body: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of [...TEXT_FIELDS, ...LIST_FIELDS])
    if (wireName(field) in body) fields[field] = body[wireName(field)];
  return fields;
}

/** A refusal's fields under the API's names (`coordinator_name`), as the request names them. */
function inWireNames(error: unknown): never {
  if (error instanceof DomainError) throw withFieldNames(error, (field) => wireName(field as never));
  throw error;
}

function validationError(errors: RegistrationErrors): DomainError {
  const fields = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [wireName(field), key as MessageKey]),
  );
  return new DomainError('invalid', 'validation_failed', 'api.validation', { fields });
}

function choicesFromWire(
  wire: Record<string, 'typed' | 'stored' | undefined> | undefined,
): CoordinatorChoices {
  const choices: CoordinatorChoices = {};
  for (const field of COORDINATOR_FIELDS) {
    const choice = wire?.[wireField(field)];
    if (choice) choices[field] = choice;
  }
  return choices;
}

export default async function registrationApi(app: FastifyInstance): Promise<void> {
  const present = async (request: FastifyRequest, registration: RegistrationRecord) => {
    const [answers, decisions] = await Promise.all([
      answersOf(app.db, registration.clusterId),
      decisionsOf(app.db, registration.clusterId),
    ]);
    const en = request.locale === 'en';
    return {
      id: registration.clusterId,
      status: registration.status,
      slug: registration.slug,
      form: Object.fromEntries(
        Object.entries(registration.values).map(([field, value]) => [wireName(field), value]),
      ),
      has_logo: registration.hasLogo,
      submitted_at: registration.submittedAt,
      answers: answers.map((answer) => ({
        code: answer.code,
        question: en ? answer.questionEn : answer.questionPl,
        answer: answer.answer,
      })),
      decisions: decisions.map((decision) => ({
        decision: decision.decision,
        comment: decision.comment,
        decided_at: decision.decidedAt,
      })),
      links: {
        form: `${app.config.baseUrl}/moje-klastry/${registration.slug}`,
        profile:
          registration.status === 'published' ? `${app.config.baseUrl}/klastry/${registration.slug}` : null,
      },
    };
  };

  /** The registration, when the caller is on its team (or, to read it, an operator). */
  const registrationOf = async (request: FastifyRequest, id: number, purpose: 'read' | 'write') => {
    const registration = await loadRegistration(app.db, id);
    if (!registration) throw notFound();
    const access = await clusterAccessOf(app.db, request.actor, id);
    const allowed =
      can(request.actor, 'cluster.edit', access) ||
      (purpose === 'read' && can(request.actor, 'cluster.review'));
    if (!allowed) throw forbidden();
    return registration;
  };

  app.post<{ Body: QuestionnaireRequest }>(
    '/api/v1/registrations/questionnaire',
    {
      config: { access: 'cluster.register' },
      schema: {
        tags,
        summary: 'Answer the entry questionnaire',
        description:
          'Checks the answers against the active entry criteria. When one is not met the answer is 200 with every unmet ' +
          'criterion and its reason, and nothing is created; when all are met a draft registration is created (201) with the caller as its owner.',
        security: bearer,
        body: QuestionnaireRequest,
        response: {
          200: QuestionnaireResult,
          201: QuestionnaireResult,
          ...apiErrors(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const criteria = await activeCriteria(app.db);
      const check = checkQuestionnaire(criteria, request.body.answers, request.locale);
      if (check.kind === 'invalid') {
        const fields = Object.fromEntries(
          Object.entries(check.errors).map(([field, key]) => [
            `answers.${field.replace(/^kryterium-/, '')}`,
            key,
          ]),
        );
        throw new DomainError('invalid', 'validation_failed', 'api.validation', { fields });
      }
      if (check.kind === 'failed') {
        const messages = unmetView(check.unmet, request);
        return {
          passed: false,
          unmet: check.unmet.map((item, index) => ({ ...item, message: messages[index]?.reason ?? '' })),
        };
      }
      const name = request.body.name.trim();
      const started = await runCommand(request, registrationStarter, { name, answers: check.answers });
      const registration = await loadRegistration(app.db, started.clusterId);
      if (!registration) throw notFound();
      return reply
        .code(201)
        .send({ passed: true, unmet: [], registration: await present(request, registration) });
    },
  );

  app.get<{ Params: RegistrationParams }>(
    '/api/v1/registrations/:id',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'A registration (its form, answers and decisions)',
        description: 'For the cluster’s team, and operators.',
        security: bearer,
        params: RegistrationParams,
        response: { 200: Registration, ...apiErrors(401, 403, 404) },
      },
    },
    async (request) => present(request, await registrationOf(request, request.params.id, 'read')),
  );

  app.put<{ Params: RegistrationParams; Body: RegistrationForm }>(
    '/api/v1/registrations/:id',
    {
      config: { access: 'cluster.edit' },
      schema: {
        tags,
        summary: 'Save the draft',
        description:
          'Saves the fields given (a draft may be incomplete; the format of each value is checked). Only while the registration is a draft or returned for corrections.',
        security: bearer,
        params: RegistrationParams,
        body: RegistrationForm,
        response: {
          200: Registration,
          ...apiErrors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const registration = await registrationOf(request, request.params.id, 'write');
      const typed = readRegistrationValues(
        formFieldsOf(request.body as Record<string, unknown>),
        registration.values,
      );
      await runCommand(request, draftSaver, {
        clusterId: registration.clusterId,
        before: registration.values,
        values: typed,
      }).catch(inWireNames);
      return present(request, (await loadRegistration(app.db, registration.clusterId)) ?? registration);
    },
  );

  app.post<{ Params: RegistrationParams }>(
    '/api/v1/registrations/:id/submit',
    {
      config: { access: 'cluster.edit' },
      schema: {
        tags,
        summary: 'Submit the registration for review',
        description:
          'The whole form must be complete and valid; otherwise 400 with the field errors and nothing changes.',
        security: bearer,
        params: RegistrationParams,
        response: {
          200: Registration,
          ...apiErrors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const registration = await registrationOf(request, request.params.id, 'write');
      if (!isFormEditable(registration.status))
        throw new DomainError('conflict', 'conflict', 'registration.stateConflict');
      const result = await runCommand(request, registrationSubmitter, {
        clusterId: registration.clusterId,
        before: registration.values,
        values: registration.values,
      });
      if (!result.ok) throw validationError(result.errors);
      return present(request, (await loadRegistration(app.db, registration.clusterId)) ?? registration);
    },
  );

  const decisionRoute = (path: string, decision: Decision, summary: string) =>
    app.post<{ Params: RegistrationParams; Body: DecisionRequest }>(
      `/api/v1/registrations/:id/${path}`,
      {
        config: { access: 'cluster.review' },
        schema: {
          tags,
          summary,
          description: 'Operators only, on a submitted registration. Returning and rejecting need a comment.',
          security: bearer,
          params: RegistrationParams,
          body: DecisionRequest,
          response: {
            200: Registration,
            ...apiErrors(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const id = request.params.id;
        if (!(await loadRegistration(app.db, id))) throw notFound();
        const result = await runCommand(request, registrationDecider, {
          clusterId: id,
          decision,
          comment: request.body?.comment ?? '',
          coordinatorChoices: choicesFromWire(request.body?.coordinator_choices),
        });
        if (!result.ok && 'fields' in result)
          throw invalid(
            Object.fromEntries(
              result.fields.map((field) => [`coordinator_choices.${wireField(field)}`, result.error]),
            ),
          );
        if (!result.ok)
          throw new DomainError('invalid', 'validation_failed', 'api.validation', {
            fields: { comment: result.error },
          });
        app.pageCache.clear();
        const registration = await loadRegistration(app.db, id);
        if (!registration) throw notFound();
        return present(request, registration);
      },
    );
  decisionRoute('approve', 'approve', 'Approve a registration (the cluster is published)');
  decisionRoute('return', 'return', 'Return a registration for corrections, with comments');
  decisionRoute('reject', 'reject', 'Reject a registration, with the reason (final)');
}
