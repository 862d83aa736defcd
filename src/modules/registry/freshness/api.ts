import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../../errors.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { SlugParams } from '../schemas.ts';
import { managedCluster } from '../team/managedCluster.ts';
import { dataConfirmer } from './dataConfirmer.ts';

/** "I confirm the data is current", for the team's scripts. */
export default async function freshnessApi(app: FastifyInstance): Promise<void> {
  app.post<{ Params: { slug: string } }>(
    '/api/v1/clusters/:slug/confirmation',
    {
      config: { access: 'cluster.edit' },
      schema: {
        tags: ['registry'],
        summary: "Confirm that a cluster's data is current (the half-yearly update)",
        security: [{ bearerAuth: [] }],
        params: SlugParams,
        response: {
          200: Type.Object({ confirmedAt: Type.String({ format: 'date-time' }) }),
          ...apiErrors(401, 403, 404),
        },
      },
    },
    async (request) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
      await runCommand(request, dataConfirmer, {
        cluster,
        actorId: (request.actor as NonNullable<typeof request.actor>).userId,
      });
      app.pageCache.clear();
      return { confirmedAt: request.arrivedAt.toISOString() };
    },
  );
}
