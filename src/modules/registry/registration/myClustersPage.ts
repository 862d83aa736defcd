import type { FastifyInstance } from 'fastify';
import { can } from '../../../policies/index.ts';
import { nextStepLabel, statusLabel } from './formView.ts';
import { actorOf } from './http.ts';
import { clustersOfPerson } from './queries.ts';

const VIEW = 'modules/registry/registration/views/myClusters';

/** "Moje klastry": the person's clusters, each with its state and what comes next. */
export function myClustersPage(app: FastifyInstance): void {
  app.get('/moje-klastry', { config: { access: 'signedIn' } }, async (request, reply) => {
    const actor = actorOf(request);
    const clusters = await clustersOfPerson(app.db, actor.userId);
    reply.header('cache-control', 'no-store');
    return reply.page(
      VIEW,
      {
        canRegister: can(actor, 'cluster.register'),
        clusters: clusters.map((cluster) => ({
          id: cluster.id,
          name: cluster.name,
          slug: cluster.slug,
          published: cluster.status === 'published',
          status: statusLabel(request, cluster.status),
          next: nextStepLabel(request, cluster.status, Number(cluster.pendingChanges)),
          role: request.t(cluster.role === 'owner' ? 'registration.mine.owner' : 'registration.mine.editor'),
          updatedAt: cluster.updatedAt,
        })),
      },
      { title: request.t('registration.mine.title') },
    );
  });
}
