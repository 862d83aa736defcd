import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { warsawDate } from '../../platform/time.ts';
import {
  apiQuery,
  type ListPageQuery,
  listPageQuery,
  MAX_QUERY_LENGTH,
  readListPage,
} from './clusterFilters.ts';
import { clusterFacets, searchClusters } from './clusterSearch.ts';
import { filterOptions, listItemView, usableValues } from './listView.ts';

const VIEW = 'modules/registry/views/list';
export const PER_PAGE = 20;

// Loose on purpose: a value the page cannot use is shown at its field, not refused as a bad request.
const Text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
export const ListPageSchema = Type.Object({
  q: Text(MAX_QUERY_LENGTH),
  branza: Text(40),
  wojewodztwo: Text(10),
  kategoria: Text(20),
  czlonkowie_od: Text(20),
  czlonkowie_do: Text(20),
  sortuj: Text(20),
  strona: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
});
export type ListPageSchema = Static<typeof ListPageSchema>;

/** The filter query of a request as sent, without the page number. */
function sentFilters(url: string): string {
  const params = new URLSearchParams(url.split('?')[1] ?? '');
  params.delete('strona');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The registry list: search, filters with counts, sorting and pages, all in one GET form. */
export function listPage(app: FastifyInstance): void {
  app.get<{ Querystring: ListPageSchema }>(
    '/klastry',
    { schema: { hide: true, querystring: ListPageSchema }, config: { pageCache: true, access: 'public' } },
    async (request, reply) => {
      const form = readListPage(request.query as ListPageQuery);
      const page = request.query.strona ?? 1;
      const hasErrors = Object.keys(form.errors).length > 0;
      const values = usableValues(form.values, form.errors);
      // The form sends every field, empty or default ones too: answer with the one URL of the selection.
      if (!hasErrors && sentFilters(request.url) !== listPageQuery(values)) {
        const strona = request.query.strona === undefined ? '' : String(request.query.strona);
        const canonical = listPageQuery(values);
        const pagePart = strona ? `${canonical ? '&' : '?'}strona=${strona}` : '';
        return reply.redirect(`/klastry${canonical}${pagePart}`, 302);
      }
      const now = app.clock.now();
      const today = warsawDate(now);
      const search = { filters: form.filters, sort: form.sort, today };
      const [result, facets] = await Promise.all([
        searchClusters(app.db, { ...search, page, perPage: PER_PAGE }),
        clusterFacets(app.db, form.filters, today),
      ]);
      const pages = Math.max(1, Math.ceil(result.total / PER_PAGE));
      if (page > pages) throw notFound();
      const context = { t: request.t, locale: request.locale };
      const errors = Object.fromEntries(
        Object.entries(form.errors).map(([field, key]) => [field, request.t(key)]),
      );
      if (hasErrors) reply.code(400);
      const filtered = listPageQuery(values) !== '';
      return reply.page(
        VIEW,
        {
          values: form.values,
          errors,
          options: filterOptions(facets, context),
          items: result.items.map((item) => listItemView(item, today, now, context)),
          total: result.total,
          filtered,
          pager: {
            page,
            pages,
            hrefs: {
              previous: page > 1 ? `/klastry${listPageQuery(values, page - 1)}` : null,
              next: page < pages ? `/klastry${listPageQuery(values, page + 1)}` : null,
            },
          },
          exportQuery: apiQuery(form.filters, form.sort),
          mapHref: `/klastry/mapa${listPageQuery(values, 1, ['wojewodztwo', 'sortuj'])}`,
        },
        { title: request.t('clusters.title'), section: 'clusters' },
      );
    },
  );
}
