import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { nameProblem } from '../../../platform/text.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { formBody } from '../../accounts/http.ts';
import { activeCriteria } from './criteria.ts';
import { translated } from './http.ts';
import { answerField, checkQuestionnaire, type UnmetCriterion } from './questionnaire.ts';
import { MAX_NAME } from './registrationForm.ts';
import { registrationStarter } from './registrationStarter.ts';
import type { EntryCriterion } from './tables.ts';

const VIEW = 'modules/registry/registration/views/questionnaire';

/** The answers typed, by criterion code, from the form's fields. */
export function answersFromForm(criteria: readonly EntryCriterion[], body: Record<string, unknown>) {
  return Object.fromEntries(criteria.map((criterion) => [criterion.code, body[answerField(criterion.code)]]));
}

export function questionnaireView(criteria: readonly EntryCriterion[], request: FastifyRequest) {
  const en = request.locale === 'en';
  return criteria.map((criterion) => ({
    field: answerField(criterion.code),
    kind: criterion.kind,
    minimum: criterion.minimum,
    question: en ? criterion.questionEn : criterion.questionPl,
    help: en ? criterion.helpEn : criterion.helpPl,
  }));
}

export function unmetView(unmet: readonly UnmetCriterion[], request: FastifyRequest) {
  return unmet.map((item) => ({
    question: item.question,
    reason:
      item.reason === 'answeredNo'
        ? request.t('registration.questionnaire.reasonNo')
        : request.t('registration.questionnaire.reasonBelow', {
            answer: item.answer,
            minimum: item.minimum ?? 0,
          }),
  }));
}

/** The entry questionnaire: failing names every unmet criterion and creates nothing; passing starts a draft. */
export function questionnairePage(app: FastifyInstance): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: {
      values?: Record<string, string>;
      errors?: Record<string, string>;
      unmet?: { question: string; reason: string }[];
    } = {},
  ) => {
    const criteria = await activeCriteria(app.db);
    reply.header('cache-control', 'no-store');
    return reply.page(
      VIEW,
      {
        criteria: questionnaireView(criteria, request),
        values: props.values ?? {},
        errors: props.errors ?? {},
        unmet: props.unmet ?? null,
        csrf: reply.csrfToken(),
      },
      { title: request.t('registration.questionnaire.title'), section: 'clusters' },
    );
  };

  app.get('/klastry/rejestracja', { config: { access: 'cluster.register' } }, (request, reply) =>
    show(request, reply),
  );

  app.post('/klastry/rejestracja', { config: { access: 'cluster.register' } }, async (request, reply) => {
    const body = formBody(request);
    const criteria = await activeCriteria(app.db);
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    const values: Record<string, string> = { name };
    for (const criterion of criteria) {
      const raw = body[answerField(criterion.code)];
      values[answerField(criterion.code)] = typeof raw === 'string' ? raw : '';
    }
    const check = checkQuestionnaire(criteria, answersFromForm(criteria, body), request.locale);
    const errors = check.kind === 'invalid' ? translated(request, check.errors) : {};
    const problem = nameProblem(name, MAX_NAME);
    if (problem === 'validation.nameRequired')
      errors.name = request.t('registration.questionnaire.nameRequired');
    else if (problem === 'validation.nameTooLong') errors.name = request.t('registration.form.tooLong');
    else if (problem) errors.name = request.t(problem);
    if (Object.keys(errors).length > 0) return show(request, reply.code(400), { values, errors });
    if (check.kind === 'failed')
      return show(request, reply, { values, unmet: unmetView(check.unmet, request) });
    if (check.kind !== 'passed') return show(request, reply.code(400), { values });
    const started = await runCommand(request, registrationStarter, { name, answers: check.answers });
    return reply.redirect(`/moje-klastry/${started.slug}?zapisano=rozpoczeto`, 303);
  });
}
