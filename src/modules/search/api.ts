import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { presentSearch } from './presenters.ts';
import { type SearchApiQuery, SearchResponse, searchApiQuery } from './schemas.ts';
import { searchDocuments } from './search.ts';
import { visibilitiesOf } from './visibility.ts';

export default async function searchApi(app: FastifyInstance): Promise<void> {
  const labels = new Map(app.portal.search.map((source) => [source.kind, source.label]));
  app.get<{ Querystring: SearchApiQuery }>(
    '/api/v1/search',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['search'],
        summary: 'Search the whole portal',
        description:
          'Clusters, KKK statuses and the other published records in one ranked list, in the language ' +
          'of the request. Polish words match in any inflected form and without diacritics ("lodz" finds ' +
          '"Łódź", "klastrów" finds "klaster"); the last word also matches as a prefix; when nothing ' +
          'matches, the closest known words are tried (did_you_mean).',
        querystring: searchApiQuery(app.portal.search.map((source) => source.kind)),
        response: { 200: SearchResponse, ...apiErrors(400) },
      },
    },
    async (request) => {
      const { q, type, page, per_page: perPage } = request.query;
      const result = await searchDocuments(app.db, {
        q,
        locale: request.locale,
        visibilities: visibilitiesOf(request.actor),
        kinds: type ? [type] : undefined,
        page,
        perPage,
      });
      const label = (kind: string) => {
        const key = labels.get(kind);
        return key ? request.t(key as MessageKey) : kind;
      };
      return presentSearch(result, q, label);
    },
  );
}
