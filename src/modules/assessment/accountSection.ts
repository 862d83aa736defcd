import type { FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../policies/index.ts';
import { renderPartial } from '../../ui/render.ts';
import { OPEN_TASK_STATES } from './support.ts';

/** The account page's section for experts: their unfinished tasks and the way to their pages. */
export async function expertSection(request: FastifyRequest, _reply: FastifyReply): Promise<string> {
  if (!request.actor || !can(request.actor, 'assessment.score')) return '';
  const row = await request.server.db
    .selectFrom('assessmentTasks')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('expertId', '=', request.actor.userId)
    .where('state', 'in', OPEN_TASK_STATES)
    .executeTakeFirst();
  return renderPartial('modules/assessment/views/accountSection', {
    t: request.t,
    open: Number(row?.count ?? 0),
  });
}
