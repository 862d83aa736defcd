import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { formBody } from '../accounts/http.ts';
import { type FormRefusal, formRefusal, positiveId, text } from './forms.ts';
import { actorOf } from './http.ts';
import { interestDeclarer, interestRemover, interestsOf } from './interests.ts';

const VIEWS = 'modules/assessment/views';

/** The expert's declared links to organisations (NIP) and clusters, which the assignment respects. */
export function interestPages(app: FastifyInstance): void {
  app.get(
    '/ekspert/powiazania',
    { schema: { hide: true }, config: { access: 'assessment.interests' } },
    async (request, reply) => interestsPage(request, reply),
  );

  app.post(
    '/ekspert/powiazania',
    { schema: { hide: true }, config: { access: 'assessment.interests' } },
    async (request, reply) => {
      const body = formBody(request);
      const clusterId = positiveId(text(body, 'klaster'));
      const nip = text(body, 'nip').trim();
      const note = text(body, 'note');
      if (clusterId === null && nip === '') {
        return interestsPage(request, reply.code(400), {
          refusal: {
            status: 400,
            errors: { nip: request.t('assessment.interests.nipOrCluster') },
            message: null,
          },
          values: body,
        });
      }
      try {
        await runCommand(request, interestDeclarer, {
          expertId: actorOf(request).userId,
          interest: clusterId !== null ? { clusterId, note } : { nip, note },
        });
      } catch (error) {
        const refusal = formRefusal(request, error);
        if (refusal.errors.clusterId) refusal.errors = { klaster: refusal.errors.clusterId };
        return interestsPage(request, reply.code(refusal.status), { refusal, values: body });
      }
      return reply.redirect('/ekspert/powiazania', 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/ekspert/powiazania/:id/usun',
    { schema: { hide: true }, config: { access: 'assessment.interests' } },
    async (request, reply) => {
      const interestId = positiveId(request.params.id) ?? 0;
      await runCommand(request, interestRemover, { expertId: actorOf(request).userId, interestId });
      return reply.redirect('/ekspert/powiazania', 303);
    },
  );
}

async function interestsPage(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { refusal?: FormRefusal; values?: Record<string, unknown> } = {},
) {
  const db = request.server.db;
  const clusters = await db
    .selectFrom('clusters')
    .select(['id', 'name', 'nameSort'])
    .where('status', '=', 'published')
    .orderBy('nameSort')
    .execute();
  const values = state.values ?? {};
  return reply.header('cache-control', 'no-store').page(
    `${VIEWS}/expertInterests`,
    {
      interests: await interestsOf(db, actorOf(request).userId),
      clusterOptions: [
        { value: '', label: request.t('assessment.interests.noCluster') },
        ...clusters.map((cluster) => ({ value: String(cluster.id), label: cluster.name })),
      ],
      values: { nip: text(values, 'nip'), klaster: text(values, 'klaster'), note: text(values, 'note') },
      errors: state.refusal?.errors ?? {},
      message: state.refusal?.message ?? null,
      csrf: reply.csrfToken(),
    },
    { title: request.t('assessment.interests.title') },
  );
}
