import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { notFound } from '../../platform/domainError.ts';
import { type Locale, warsawDate } from '../../platform/time.ts';
import type { ClusterFilters, ClusterSort } from './clusterFilters.ts';
import { loadClusterProfile } from './clusterProfile.ts';
import { allMatchingClusters, searchClusters } from './clusterSearch.ts';
import { clustersCsv, MAX_EXPORT_ROWS } from './exports.ts';
import { presentCluster, presentClusterPage, presentClusterSummary } from './presenters.ts';
import {
  ClusterDetail,
  ClusterExport,
  ClusterExportQuery,
  ClusterListQuery,
  ClusterPage,
  SlugParams,
} from './schemas.ts';

function filtersOf(query: ClusterExportQuery): { filters: ClusterFilters; sort: ClusterSort } {
  const filters: ClusterFilters = {};
  if (query.q?.trim()) filters.q = query.q.trim();
  if (query.industry) filters.industry = query.industry;
  if (query.voivodeship) filters.voivodeship = query.voivodeship;
  if (query.category) filters.category = query.category;
  if (query.members_min !== undefined) filters.membersMin = query.members_min;
  if (query.members_max !== undefined) filters.membersMax = query.members_max;
  return { filters, sort: query.sort ?? 'name' };
}

const listDescription =
  'Published clusters matching the filters, a page at a time. The same query works on ' +
  '/api/v1/clusters.csv and /api/v1/clusters.json, which return every match at once.';

export default async function registryApi(app: FastifyInstance, options: { baseUrl: string }): Promise<void> {
  const context = (locale: Locale = 'pl') => {
    const now = app.clock.now();
    return { now, today: warsawDate(now), baseUrl: options.baseUrl, locale };
  };

  app.get<{ Querystring: ClusterListQuery }>(
    '/api/v1/clusters',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['registry'],
        summary: 'Search and filter the registry of clusters',
        description: listDescription,
        querystring: ClusterListQuery,
        response: { 200: ClusterPage, ...apiErrors(400) },
      },
    },
    async (request) => {
      const { page, per_page: perPage } = request.query;
      const now = context(request.locale);
      const result = await searchClusters(app.db, {
        ...filtersOf(request.query),
        today: now.today,
        page,
        perPage,
      });
      return presentClusterPage(result, now);
    },
  );

  app.get<{ Querystring: ClusterExportQuery }>(
    '/api/v1/clusters.csv',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['registry'],
        summary: 'Export the filtered registry as CSV',
        description:
          'Every cluster matching the filters, as a file Polish Excel opens directly: UTF-8 with a BOM, ' +
          'semicolon-separated, CRLF line ends, Polish column names.',
        querystring: ClusterExportQuery,
        produces: ['text/csv'],
        response: {
          200: { description: 'The CSV file', content: { 'text/csv': { schema: Type.String() } } },
          ...apiErrors(400),
        },
      },
    },
    async (request, reply) => {
      const now = context();
      const clusters = await allMatchingClusters(app.db, {
        ...filtersOf(request.query),
        today: now.today,
        limit: MAX_EXPORT_ROWS,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="klastry-${now.today}.csv"`)
        .send(clustersCsv(clusters, now));
    },
  );

  app.get<{ Querystring: ClusterExportQuery }>(
    '/api/v1/clusters.json',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['registry'],
        summary: 'Export the filtered registry as JSON',
        description: 'Every cluster matching the filters at once, in the list shape.',
        querystring: ClusterExportQuery,
        response: { 200: ClusterExport, ...apiErrors(400) },
      },
    },
    async (request, reply) => {
      const now = context();
      const clusters = await allMatchingClusters(app.db, {
        ...filtersOf(request.query),
        today: now.today,
        limit: MAX_EXPORT_ROWS,
      });
      reply.header('content-disposition', `attachment; filename="klastry-${now.today}.json"`);
      return {
        generated_at: now.now.toISOString(),
        total: clusters.length,
        items: clusters.map((cluster) => presentClusterSummary(cluster, { ...now, locale: request.locale })),
      };
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/api/v1/clusters/:slug',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['registry'],
        summary: 'One cluster profile',
        description: 'The whole public profile: facts, categories, KKK statuses and members.',
        params: SlugParams,
        response: { 200: ClusterDetail, ...apiErrors(400, 404) },
      },
    },
    async (request) => {
      const profile = await loadClusterProfile(app.db, request.params.slug, app.clock.now());
      if (!profile) throw notFound('api.clusterNotFound', { slug: request.params.slug });
      return presentCluster(profile, options.baseUrl, request.locale);
    },
  );
}
