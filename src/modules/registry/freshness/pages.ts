import type { FastifyInstance } from 'fastify';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { managedCluster, managementPath } from '../team/managedCluster.ts';
import { dataConfirmer } from './dataConfirmer.ts';

/** The team's "I confirm the data is current" button (the half-yearly update). */
export default async function freshnessPages(app: FastifyInstance): Promise<void> {
  app.post<{ Params: { slug: string } }>(
    '/moje-klastry/:slug/potwierdzenie',
    { config: { access: 'cluster.edit' } },
    async (request, reply) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
      await runCommand(request, dataConfirmer, {
        cluster,
        actorId: (request.actor as NonNullable<typeof request.actor>).userId,
      });
      app.pageCache.clear();
      return reply.redirect(`${managementPath(cluster.slug, 'czlonkowie')}?komunikat=potwierdzono`, 303);
    },
  );
}
