import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.ts';
import { statusesOfCluster } from '../statuses/queries.ts';
import { viewVoivodeship } from './presenters.ts';
import { findClusterBySlug, listClusters } from './queries.ts';
import { SlugParams } from './schemas.ts';

const VIEWS = 'modules/registry/views';
const PER_PAGE = 20;

const ListQuery = Type.Object({ strona: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }) });

export default async function registryPages(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { strona: number } }>(
    '/klastry',
    { schema: { hide: true, querystring: ListQuery }, config: { pageCache: true, access: 'public' } },
    async (request, reply) => {
      const page = await listClusters(app.db, { page: request.query.strona, perPage: PER_PAGE });
      const pages = Math.max(1, Math.ceil(page.total / PER_PAGE));
      if (page.page > pages) throw notFound();
      const items = page.items.map((cluster) => ({
        ...cluster,
        voivodeshipName: viewVoivodeship(cluster.voivodeship, request.locale),
      }));
      return reply.page(
        `${VIEWS}/list`,
        { items, total: page.total, page: page.page, pages },
        { title: request.t('clusters.title'), section: 'clusters' },
      );
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/klastry/:slug',
    { schema: { hide: true, params: SlugParams }, config: { pageCache: true, access: 'public' } },
    async (request, reply) => {
      const cluster = await findClusterBySlug(app.db, request.params.slug);
      if (!cluster) throw notFound();
      const statuses = await statusesOfCluster(app.db, cluster.id);
      const description =
        request.locale === 'en' ? (cluster.descriptionEn ?? cluster.descriptionPl) : cluster.descriptionPl;
      return reply.page(
        `${VIEWS}/profile`,
        { cluster, statuses, description, voivodeship: viewVoivodeship(cluster.voivodeship, request.locale) },
        { title: cluster.name, section: 'clusters' },
      );
    },
  );
}
