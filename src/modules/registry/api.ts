import type { FastifyInstance } from 'fastify';
import { ApiErrorSchema as ApiError, notFound } from '../../errors.ts';
import { statusesOfCluster } from '../statuses/queries.ts';
import { presentCluster, presentClusterPage } from './presenters.ts';
import { findClusterBySlug, listClusters } from './queries.ts';
import { ClusterDetail, ClusterListQuery, ClusterPage, SlugParams } from './schemas.ts';

export default async function registryApi(app: FastifyInstance, options: { baseUrl: string }): Promise<void> {
  app.get<{ Querystring: ClusterListQuery }>(
    '/api/v1/clusters',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['registry'],
        summary: 'List clusters in the registry',
        description: 'Clusters in Polish alphabetical order, a page at a time.',
        querystring: ClusterListQuery,
        response: { 200: ClusterPage, 400: ApiError },
      },
    },
    async (request) => {
      const { page, per_page: perPage } = request.query;
      return presentClusterPage(await listClusters(app.db, { page, perPage }), options.baseUrl);
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/api/v1/clusters/:slug',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['registry'],
        summary: 'One cluster profile',
        params: SlugParams,
        response: { 200: ClusterDetail, 400: ApiError, 404: ApiError },
      },
    },
    async (request) => {
      const cluster = await findClusterBySlug(app.db, request.params.slug);
      if (!cluster) throw notFound('api.clusterNotFound', { slug: request.params.slug });
      return presentCluster(cluster, await statusesOfCluster(app.db, cluster.id), options.baseUrl);
    },
  );
}
