import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderPartial } from '../../../ui/render.ts';
import { clustersOfPerson } from './queries.ts';

/** The account page's "My clusters" section: how many clusters the person looks after, and the way to register one. */
export async function myClustersSection(request: FastifyRequest, _reply: FastifyReply): Promise<string> {
  const clusters = request.actor ? await clustersOfPerson(request.server.db, request.actor.userId) : [];
  return renderPartial('modules/registry/registration/views/accountSection', {
    t: request.t,
    count: clusters.length,
  });
}
