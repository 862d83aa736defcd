import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../platform/domainError.ts';
import { can } from '../../../policies/index.ts';
import { clusterAccessOf } from '../team.ts';
import { readLogo } from './logo.ts';

/**
 * A cluster's logo, read from DATA_DIR (never from the web root): anyone may see a published
 * cluster's; before publication only its team and the operators.
 */
export function logoRoute(app: FastifyInstance): void {
  app.get<{ Params: { slug: string } }>(
    '/klastry/:slug/logo',
    { config: { access: 'public' } },
    async (request, reply) => {
      const logo = await app.db
        .selectFrom('clusters')
        .innerJoin('clusterLogos', 'clusterLogos.clusterId', 'clusters.id')
        .select([
          'clusters.id',
          'clusters.status',
          'clusterLogos.fileName',
          'clusterLogos.contentType',
          'clusterLogos.updatedAt',
        ])
        .where('clusters.slug', '=', request.params.slug)
        .executeTakeFirst();
      if (!logo) throw notFound();
      const published = logo.status === 'published';
      if (!published) {
        const access = await clusterAccessOf(app.db, request.actor, logo.id);
        if (!can(request.actor, 'cluster.edit', access) && !can(request.actor, 'cluster.review'))
          throw notFound();
      }
      const data = await readLogo(app.config.dataDir, logo.fileName).catch(() => null);
      if (!data) throw notFound();
      return reply
        .type(logo.contentType)
        .header('cache-control', published ? 'public, max-age=300' : 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .send(data);
    },
  );
}
