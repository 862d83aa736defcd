import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditRecorder } from '../../../platform/audit/recorder.ts';
import { notFound } from '../../../platform/domainError.ts';
import { formBody } from '../../accounts/http.ts';
import {
  allCriteria,
  type CriterionErrors,
  criterionSaver,
  findCriterion,
  readCriterionForm,
} from './criteria.ts';
import { actorOf, idParam, translated } from './http.ts';
import type { EntryCriterion } from './tables.ts';

const VIEWS = 'modules/registry/registration/views';
const edit = { config: { access: 'registry.criteria.edit' as const } };

/** The form's field names (Polish, as in the address bar of other admin pages) of each input. */
const FORM_NAMES: Record<string, string> = {
  code: 'kod',
  kind: 'rodzaj',
  minimum: 'minimum',
  questionPl: 'pytanie_pl',
  questionEn: 'pytanie_en',
  position: 'kolejnosc',
};

function fieldErrors(request: FastifyRequest, errors: CriterionErrors): Record<string, string> {
  const messages = translated(request, errors);
  return Object.fromEntries(
    Object.entries(messages).map(([field, text]) => [FORM_NAMES[field] ?? field, text]),
  );
}

function valuesOf(criterion: EntryCriterion): Record<string, string> {
  return {
    code: criterion.code,
    kind: criterion.kind,
    minimum: criterion.minimum === null ? '' : String(criterion.minimum),
    questionPl: criterion.questionPl,
    questionEn: criterion.questionEn,
    helpPl: criterion.helpPl ?? '',
    helpEn: criterion.helpEn ?? '',
    position: String(criterion.position),
    active: criterion.active === 1 ? 'tak' : 'nie',
  };
}

/** The entry criteria as operators keep them: the list, a new one, changing or deactivating one. */
export function criteriaPages(app: FastifyInstance): void {
  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { values?: Record<string, string>; errors?: CriterionErrors; notice?: boolean } = {},
  ) => {
    const criteria = await allCriteria(app.db);
    const nextPosition = (criteria.at(-1)?.position ?? 0) + 10;
    reply.header('cache-control', 'no-store');
    return reply.page(
      `${VIEWS}/criteria`,
      {
        criteria,
        values: props.values ?? { kind: 'yes_no', position: String(nextPosition), active: 'tak' },
        errors: fieldErrors(request, props.errors ?? {}),
        notice: props.notice ? request.t('registration.criteria.saved') : undefined,
        action: '/admin/kryteria',
        csrf: reply.csrfToken(),
      },
      { title: request.t('registration.criteria.title') },
    );
  };

  const editPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    values: Record<string, string>,
    errors: CriterionErrors = {},
  ) => {
    reply.header('cache-control', 'no-store');
    return reply.page(
      `${VIEWS}/criterion`,
      {
        id,
        values,
        errors: fieldErrors(request, errors),
        action: `/admin/kryteria/${id}`,
        csrf: reply.csrfToken(),
      },
      { title: request.t('registration.criteria.editTitle', { code: values.code ?? '' }) },
    );
  };

  const save = async (request: FastifyRequest, id: number | undefined) => {
    const form = readCriterionForm(formBody(request));
    if (Object.keys(form.errors).length > 0) return { ok: false as const, form };
    const now = app.clock.now();
    const saved = await app.db.transaction().execute(async (trx) => {
      const before = id === undefined ? undefined : await findCriterion(trx, id);
      const savedId = await criterionSaver(trx, { id, input: form.input, now: now.toISOString() });
      if (savedId === null) return null;
      await auditRecorder(
        trx,
        {
          actorId: actorOf(request).userId,
          action: id === undefined ? 'registry.criterion_created' : 'registry.criterion_updated',
          entityType: 'entry_criterion',
          entityId: savedId,
          summary: { ...(before ? { before: valuesOf(before) } : {}), after: form.values },
          requestId: request.id,
          ip: request.ip,
        },
        now,
      );
      return savedId;
    });
    if (saved === null)
      return {
        ok: false as const,
        form: { ...form, errors: { code: 'registration.criteria.codeTaken' as const } },
      };
    return { ok: true as const };
  };

  app.get<{ Querystring: { zapisano?: string } }>('/admin/kryteria', edit, async (request, reply) =>
    listPage(request, reply, { notice: request.query.zapisano === '1' }),
  );

  app.post('/admin/kryteria', edit, async (request, reply) => {
    const result = await save(request, undefined);
    if (!result.ok)
      return listPage(request, reply.code(400), { values: result.form.values, errors: result.form.errors });
    return reply.redirect('/admin/kryteria?zapisano=1', 303);
  });

  app.get<{ Params: { id: string } }>('/admin/kryteria/:id', edit, async (request, reply) => {
    const id = idParam(request.params.id);
    const criterion = await findCriterion(app.db, id);
    if (!criterion) throw notFound();
    return editPage(request, reply, id, valuesOf(criterion));
  });

  app.post<{ Params: { id: string } }>('/admin/kryteria/:id', edit, async (request, reply) => {
    const id = idParam(request.params.id);
    if (!(await findCriterion(app.db, id))) throw notFound();
    const result = await save(request, id);
    if (!result.ok) return editPage(request, reply.code(400), id, result.form.values, result.form.errors);
    return reply.redirect('/admin/kryteria?zapisano=1', 303);
  });
}
