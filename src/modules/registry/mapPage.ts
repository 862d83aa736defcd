import type { FastifyInstance } from 'fastify';
import { warsawDate } from '../../platform/time.ts';
import { CARTOGRAM_SIZE, cartogramTiles, TILE } from './cartogram.ts';
import { type ListPageQuery, listPageQuery, readListPage } from './clusterFilters.ts';
import { voivodeshipCounts } from './clusterSearch.ts';
import { ListPageSchema } from './listPage.ts';
import { usableValues } from './listView.ts';
import { VOIVODESHIPS } from './voivodeships.ts';

const VIEW = 'modules/registry/views/map';

/**
 * The registry on a map: clusters per voivodeship of the coordinator, as an SVG tile-grid cartogram
 * with a table of the same figures. Takes the list's filters, so "ICT clusters on the map" works.
 */
export function mapPage(app: FastifyInstance): void {
  app.get<{ Querystring: ListPageQuery }>(
    '/klastry/mapa',
    { schema: { hide: true, querystring: ListPageSchema }, config: { pageCache: true, access: 'public' } },
    async (request, reply) => {
      const form = readListPage(request.query);
      const values = { ...usableValues(form.values, form.errors), wojewodztwo: '', sortuj: '' };
      const { voivodeship: _ignored, ...filters } = form.filters;
      const rows = await voivodeshipCounts(app.db, filters, warsawDate(app.clock.now()));
      const counts = new Map(
        rows.flatMap((row) => (row.voivodeship ? [[row.voivodeship, Number(row.n)]] : [])),
      );
      const unknown = Number(rows.find((row) => row.voivodeship === null)?.n ?? 0);
      const tiles = cartogramTiles(counts, request.locale).map((tile) => ({
        ...tile,
        href: `/klastry${listPageQuery({ ...values, wojewodztwo: tile.code })}`,
      }));
      const table = [...tiles].sort((a, b) => a.code.localeCompare(b.code));
      const total = rows.reduce((sum, row) => sum + Number(row.n), 0);
      return reply.page(
        VIEW,
        {
          tiles,
          table,
          unknown,
          total,
          size: CARTOGRAM_SIZE,
          tile: TILE,
          filtered: listPageQuery(values) !== '',
          listHref: `/klastry${listPageQuery(values)}`,
          voivodeshipCount: Object.keys(VOIVODESHIPS).length,
        },
        { title: request.t('registry.map.title'), section: 'clusters' },
      );
    },
  );
}
