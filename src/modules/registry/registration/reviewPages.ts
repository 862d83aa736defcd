import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/domainError.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { formBody } from '../../accounts/http.ts';
import { type CurrentMember, currentMembersOf } from '../members/clusterMembers.ts';
import { enterpriseSizeName, type OrganisationType, organisationTypeName } from '../organisationTypes.ts';
import { changeDecider } from './changeDecider.ts';
import {
  COORDINATOR_FIELDS,
  type CoordinatorChoices,
  type CoordinatorField,
  coordinatorComparison,
} from './coordinatorMerge.ts';
import { statusLabel, summarySections } from './formView.ts';
import { idParam } from './http.ts';
import { identifierChecks } from './identifierChecks.ts';
import { answersOf, decisionsOf, findChange, loadRegistration, reviewQueue } from './queries.ts';
import { type Decision, registrationDecider } from './registrationDecider.ts';
import { coordinatorColumns } from './registrationSaver.ts';
import { transitionsFrom } from './workflow.ts';

const VIEWS = 'modules/registry/registration/views';
const PER_PAGE = 20;
const review = { config: { access: 'cluster.review' as const } };
const DECISIONS: Record<string, Decision> = { zatwierdz: 'approve', zwroc: 'return', odrzuc: 'reject' };
const CHANGE_DECISIONS = { zatwierdz: 'approve', odrzuc: 'reject' } as const;

/** The operators' review: the queue, a registration's review page and decisions, and material changes. */
export function reviewPages(app: FastifyInstance): void {
  app.get<{ Querystring: { strona?: string } }>('/admin/zgloszenia', review, async (request, reply) => {
    const page = /^\d{1,6}$/.test(request.query.strona ?? '') ? Math.max(1, Number(request.query.strona)) : 1;
    const queue = await reviewQueue(app.db, page, PER_PAGE);
    const pages = Math.max(1, Math.ceil(queue.total / PER_PAGE));
    if (page > pages) throw notFound();
    reply.header('cache-control', 'no-store');
    return reply.page(
      `${VIEWS}/queue`,
      {
        items: queue.items.map((item) => ({
          ...item,
          href: item.kind === 'registration' ? `/admin/zgloszenia/${item.id}` : `/admin/zmiany/${item.id}`,
          kindLabel: request.t(
            item.kind === 'registration'
              ? 'registration.queue.kindRegistration'
              : 'registration.queue.kindChange',
          ),
        })),
        total: queue.total,
        pager: {
          page,
          pages,
          hrefs: {
            previous: page > 1 ? `/admin/zgloszenia?strona=${page - 1}` : null,
            next: page < pages ? `/admin/zgloszenia?strona=${page + 1}` : null,
          },
        },
      },
      { title: request.t('registration.queue.title'), section: 'registrations' },
    );
  });

  const reviewPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    clusterId: number,
    props: { errors?: Record<string, string>; values?: Record<string, string>; notice?: string } = {},
  ) => {
    const registration = await loadRegistration(app.db, clusterId);
    if (!registration || !(await hasRegistration(app, clusterId))) throw notFound();
    const [answers, decisions, identifiers, members] = await Promise.all([
      answersOf(app.db, clusterId),
      decisionsOf(app.db, clusterId),
      identifierChecks(app.db, coordinatorColumns(registration.values), request.t),
      currentMembersOf(app.db, clusterId),
    ]);
    const en = request.locale === 'en';
    reply.header('cache-control', 'no-store');
    return reply.page(
      `${VIEWS}/review`,
      {
        clusterId,
        slug: registration.slug,
        name: registration.values.name,
        status: registration.status,
        statusLabel: statusLabel(request, registration.status),
        decidable: transitionsFrom(registration.status).includes('approve'),
        hasLogo: registration.hasLogo,
        summary: summarySections(request, registration.values),
        answers: answers.map((answer) => ({
          question: en ? answer.questionEn : answer.questionPl,
          answer:
            answer.kind === 'yes_no'
              ? request.t(answer.answer === 1 ? 'registration.yes' : 'registration.no')
              : String(answer.answer),
          threshold:
            answer.kind === 'number'
              ? request.t('registration.review.minimum', { minimum: answer.minimum ?? 0 })
              : '',
        })),
        identifiers,
        comparison: await comparisonOf(app, registration.values, identifiers.existing, request.t),
        members: members.map((member) => ({
          name: member.name,
          nip: member.nip,
          type: member.type ? organisationTypeName(member.type, request.locale) : '',
          size: member.size ? enterpriseSizeName(member.size, request.locale) : '',
        })),
        memberCounts: memberCountsOf(members, request.locale),
        decisions: decisions.map((decision) => ({
          ...decision,
          label: request.t(`registration.decision.${decision.decision}` as 'registration.decision.approved'),
        })),
        errors: props.errors ?? {},
        values: props.values ?? {},
        notice: props.notice,
        csrf: reply.csrfToken(),
      },
      { title: request.t('registration.review.title', { name: registration.values.name }) },
    );
  };

  app.get<{ Params: { id: string }; Querystring: { zapisano?: string } }>(
    '/admin/zgloszenia/:id',
    review,
    async (request, reply) =>
      reviewPage(request, reply, idParam(request.params.id), {
        notice: request.query.zapisano === 'decyzja' ? request.t('registration.review.decided') : undefined,
      }),
  );

  app.post<{ Params: { id: string } }>('/admin/zgloszenia/:id/decyzja', review, async (request, reply) => {
    const clusterId = idParam(request.params.id);
    const body = formBody(request);
    const decision = DECISIONS[String(body.decyzja ?? '')];
    const comment = typeof body.komentarz === 'string' ? body.komentarz : '';
    if (!(await loadRegistration(app.db, clusterId))) throw notFound();
    if (!decision)
      return reviewPage(request, reply.code(400), clusterId, {
        errors: { decyzja: request.t('registration.review.decisionRequired') },
        values: { komentarz: comment },
      });
    const coordinatorChoices: CoordinatorChoices = {};
    const choiceValues: Record<string, string> = {};
    for (const field of COORDINATOR_FIELDS) {
      const posted = String(body[`wybor-${field}`] ?? '');
      if (posted === 'wpisane' || posted === 'zapisane') {
        coordinatorChoices[field] = posted === 'wpisane' ? 'typed' : 'stored';
        choiceValues[`wybor-${field}`] = posted;
      }
    }
    const result = await runCommand(request, registrationDecider, {
      clusterId,
      decision,
      comment,
      coordinatorChoices,
    });
    if (!result.ok)
      return reviewPage(request, reply.code(400), clusterId, {
        errors:
          'fields' in result
            ? Object.fromEntries(result.fields.map((field) => [`wybor-${field}`, request.t(result.error)]))
            : { komentarz: request.t(result.error) },
        values: { komentarz: comment, decyzja: String(body.decyzja), ...choiceValues },
      });
    app.pageCache.clear();
    return reply.redirect(`/admin/zgloszenia/${clusterId}?zapisano=decyzja`, 303);
  });

  const changePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    changeId: number,
    errors: Record<string, string> = {},
    values: Record<string, string> = {},
  ) => {
    const change = await findChange(app.db, changeId);
    if (!change) throw notFound();
    const current = await loadRegistration(app.db, change.clusterId);
    if (!current) throw notFound();
    const identifiers = change.coordinatorChanged ? await identifierChecks(app.db, change, request.t) : null;
    reply.header('cache-control', 'no-store');
    return reply.page(
      `${VIEWS}/change`,
      {
        change,
        current: current.values,
        slug: current.slug,
        identifiers,
        errors,
        values,
        csrf: reply.csrfToken(),
        pending: change.state === 'pending',
      },
      { title: request.t('registration.change.title', { name: current.values.name }) },
    );
  };

  app.get<{ Params: { id: string } }>('/admin/zmiany/:id', review, async (request, reply) =>
    changePage(request, reply, idParam(request.params.id)),
  );

  app.post<{ Params: { id: string } }>('/admin/zmiany/:id/decyzja', review, async (request, reply) => {
    const changeId = idParam(request.params.id);
    const body = formBody(request);
    const decision = CHANGE_DECISIONS[String(body.decyzja ?? '') as keyof typeof CHANGE_DECISIONS];
    if (!(await findChange(app.db, changeId))) throw notFound();
    const reason = typeof body.uzasadnienie === 'string' ? body.uzasadnienie : '';
    const values = { uzasadnienie: reason, decyzja: String(body.decyzja ?? '') };
    if (!decision)
      return changePage(
        request,
        reply.code(400),
        changeId,
        { decyzja: request.t('registration.review.decisionRequired') },
        values,
      );
    const result = await runCommand(request, changeDecider, { changeId, decision, reason });
    if (!result.ok)
      return changePage(
        request,
        reply.code(400),
        changeId,
        { uzasadnienie: request.t(result.error) },
        values,
      );
    app.pageCache.clear();
    return reply.redirect('/admin/zgloszenia', 303);
  });
}

const FIELD_LABEL: Record<CoordinatorField, MessageKey | { literal: string }> = {
  name: 'registration.form.coordinatorName',
  legalForm: 'registration.form.coordinatorLegalForm',
  nip: { literal: 'NIP' },
  regon: { literal: 'REGON' },
  krs: { literal: 'KRS' },
  address: 'registration.form.coordinatorAddress',
  city: 'registration.form.coordinatorCity',
  voivodeship: 'registration.form.coordinatorVoivodeship',
};

const labelOf = (label: MessageKey | { literal: string }, t: FastifyRequest['t']) =>
  typeof label === 'string' ? t(label) : label.literal;

/** The typed coordinator beside the organisation its identifiers found, one line per field. */
async function comparisonOf(
  app: FastifyInstance,
  values: Parameters<typeof coordinatorColumns>[0],
  existing: readonly { id: number }[],
  t: FastifyRequest['t'],
) {
  const first = existing[0];
  if (!first) return null;
  const stored = await app.db
    .selectFrom('organisations')
    .select(['id', 'name', 'legalForm', 'nip', 'regon', 'krs', 'address', 'city', 'voivodeship'])
    .where('id', '=', first.id)
    .executeTakeFirstOrThrow();
  return coordinatorComparison(coordinatorColumns(values), stored, existing.length).map((line) => ({
    ...line,
    label: labelOf(FIELD_LABEL[line.field], t),
    name: `wybor-${line.field}`,
  }));
}

/** How many members of each type the list holds, to check against the questionnaire's answers. */
function memberCountsOf(members: readonly CurrentMember[], locale: 'pl' | 'en') {
  const counts = new Map<OrganisationType | null, number>();
  for (const member of members) counts.set(member.type, (counts.get(member.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({
    type: type ? organisationTypeName(type, locale) : '—',
    count,
  }));
}

async function hasRegistration(app: FastifyInstance, clusterId: number): Promise<boolean> {
  const row = await app.db
    .selectFrom('clusterRegistrations')
    .select('clusterId')
    .where('clusterId', '=', clusterId)
    .executeTakeFirst();
  return row !== undefined;
}
