import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { warsawDate } from '../../platform/time.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { presentRounds } from './presenters.ts';
import { registryByRound } from './queries.ts';
import { KkkRegistry, RegistryQuery, RevocationBody, StatusParams } from './schemas.ts';
import { statusRevoker } from './statusRevoker.ts';

export default async function statusesApi(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: RegistryQuery }>(
    '/api/v1/kkk',
    {
      config: { access: 'public', pageCache: true },
      schema: {
        tags: ['kkk'],
        summary: 'The register of KKK statuses, grouped by round',
        description:
          'Every National Key Cluster status of the national programme, newest round first, clusters in ' +
          'Polish order. Unknown facts are null. state is computed for today in Europe/Warsaw.',
        querystring: RegistryQuery,
        response: { 200: KkkRegistry, ...apiErrors(400) },
      },
    },
    async (request) => {
      const now = app.clock.now();
      const scope = request.query.scope ?? 'all';
      const rounds = await registryByRound(app.db, { today: warsawDate(now), scope });
      return { generated_at: now.toISOString(), scope, rounds: presentRounds(rounds, app.config.baseUrl) };
    },
  );

  app.post<{ Params: StatusParams; Body: RevocationBody }>(
    '/api/v1/kkk/:statusId/revocation',
    {
      config: { access: 'kkk.status.revoke' },
      schema: {
        tags: ['kkk'],
        summary: 'Revoke a KKK status (operators)',
        description: 'The reason is required and shown on the certificate verification page. Audited.',
        security: [{ bearerAuth: [] }],
        params: StatusParams,
        body: RevocationBody,
        response: {
          204: { type: 'null', description: 'Revoked' },
          ...apiErrors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      await runCommand(request, statusRevoker, {
        statusId: request.params.statusId,
        reason: request.body.reason,
      });
      app.pageCache.clear();
      return reply.code(204).send();
    },
  );
}
