import type { FastifyInstance } from 'fastify';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { MAX_PAGE, SearchPageQuery } from './schemas.ts';
import { searchDocuments } from './search.ts';
import { visibilitiesOf } from './visibility.ts';

const VIEW = 'modules/search/views/search';

/** The address of a search: the query, a type and a page, each only when there is one. */
function searchHref(q: string, type: string | null, page = 1): string {
  const params = new URLSearchParams({ q });
  if (type) params.set('type', type);
  if (page > 1) params.set('page', String(page));
  return `/szukaj?${params}`;
}

/** /szukaj: one box over the whole portal, with type facets, pages and "did you mean". */
export default async function searchPages(app: FastifyInstance): Promise<void> {
  const labels = new Map(app.portal.search.map((source) => [source.kind, source.label]));
  app.get<{ Querystring: SearchPageQuery }>(
    '/szukaj',
    { schema: { hide: true, querystring: SearchPageQuery }, config: { pageCache: true, access: 'public' } },
    async (request, reply) => {
      const q = (request.query.q ?? '').trim();
      const type = request.query.type && labels.has(request.query.type) ? request.query.type : null;
      const page = request.query.page ?? 1;
      const result = q
        ? await searchDocuments(app.db, {
            q,
            locale: request.locale,
            visibilities: visibilitiesOf(request.actor),
            kinds: type ? [type] : undefined,
            page,
          })
        : null;
      const label = (kind: string) => {
        const key = labels.get(kind);
        return request.t(key ? (key as MessageKey) : 'search.kind.other');
      };
      const shown = result?.didYouMean ?? q;
      const pages = result ? Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / result.perPage))) : 1;
      const facets = result?.facets ?? [];
      return reply.page(
        VIEW,
        {
          q,
          type,
          didYouMean: result?.didYouMean ?? null,
          didYouMeanHref: result?.didYouMean ? searchHref(result.didYouMean, type) : null,
          total: result?.total ?? 0,
          facets: [
            ...(facets.length > 1 || type
              ? [
                  {
                    label: request.t('search.types.all'),
                    count: facets.reduce((sum, f) => sum + f.count, 0),
                    href: searchHref(shown, null),
                    current: !type,
                  },
                ]
              : []),
            ...facets.map((facet) => ({
              label: label(facet.kind),
              count: facet.count,
              href: searchHref(shown, facet.kind),
              current: facet.kind === type,
            })),
          ],
          hits: (result?.hits ?? []).map((hit) => ({ ...hit, label: label(hit.kind) })),
          pager: {
            page,
            pages,
            hrefs: {
              previous: page > 1 ? searchHref(shown, type, page - 1) : null,
              next: page < pages ? searchHref(shown, type, page + 1) : null,
            },
          },
        },
        { title: q ? `${q} — ${request.t('search.title')}` : request.t('search.title'), section: 'search' },
      );
    },
  );
}
