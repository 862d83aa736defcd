import type { FastifyInstance } from 'fastify';
import { auditFacets, listAuditEvents } from '../../platform/audit/queries.ts';
import { notFound } from '../../platform/domainError.ts';
import type { Locale } from '../../platform/time.ts';
import { type AuditFilterForm, filterQuery, readAuditFilters } from './auditFilters.ts';
import { actionLabel, entityTypeLabel, presentAuditEvent } from './presenters.ts';
import { emailsOf, findUserIdByEmail } from './queries.ts';
import { AuditQuery } from './schemas.ts';

const VIEW = 'modules/admin/views/audit';
const COLLATORS: Record<Locale, Intl.Collator> = { pl: new Intl.Collator('pl'), en: new Intl.Collator('en') };
const PER_PAGE = 25;

/** The audit log, newest first, for operators and administrators. */
export function auditPage(app: FastifyInstance): void {
  app.get<{ Querystring: AuditQuery }>(
    '/admin/audyt',
    { schema: { hide: true, querystring: AuditQuery }, config: { access: 'audit.read' } },
    async (request, reply) => {
      const form = readAuditFilters(request.query);
      const page = request.query.strona;
      const [facets, events] = await Promise.all([auditFacets(app.db), findEvents(app, form, page)]);
      const pages = Math.max(1, Math.ceil(events.total / PER_PAGE));
      if (page > pages) throw notFound();
      const actorIds = [
        ...new Set(events.items.flatMap((row) => (row.actorId === null ? [] : [row.actorId]))),
      ];
      const emails = await emailsOf(app.db, actorIds);
      const errors = Object.fromEntries(
        Object.entries(form.errors).map(([field, key]) => [field, request.t(key)]),
      );
      reply.header('cache-control', 'no-store');
      if (Object.keys(errors).length > 0) reply.code(400);
      return reply.page(
        VIEW,
        {
          values: form.values,
          errors,
          facets: {
            actions: byLabel(
              facets.actions.map((value) => ({
                value,
                label: actionLabel(value, request.t, app.portal.auditLabels),
              })),
              request.locale,
            ),
            entityTypes: byLabel(
              facets.entityTypes.map((value) => ({ value, label: entityTypeLabel(value, request.t) })),
              request.locale,
            ),
          },
          events: events.items.map((row) =>
            presentAuditEvent(row, emails, request.t, app.portal.auditLabels),
          ),
          total: events.total,
          pager: { page, pages, hrefs: pageLinks(form.values, page, pages) },
        },
        { title: request.t('admin.audit.title') },
      );
    },
  );
}

async function findEvents(app: FastifyInstance, form: AuditFilterForm, page: number) {
  const filters = { ...form.filters };
  if (form.actorEmail !== undefined) {
    const actorId = await findUserIdByEmail(app.db, form.actorEmail);
    if (actorId === undefined) return { items: [], total: 0 };
    filters.actorId = actorId;
  }
  return listAuditEvents(app.db, filters, { page, perPage: PER_PAGE });
}

function pageLinks(values: Record<string, string>, page: number, pages: number) {
  return {
    previous: page > 1 ? `/admin/audyt${filterQuery(values, page - 1)}` : null,
    next: page < pages ? `/admin/audyt${filterQuery(values, page + 1)}` : null,
  };
}

/** The filter's choices in the reader's alphabetical order of their labels, not of the codes. */
function byLabel<T extends { label: string }>(options: T[], locale: Locale): T[] {
  return options.sort((a, b) => COLLATORS[locale].compare(a.label, b.label));
}
