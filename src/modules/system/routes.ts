import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

/** Probes for the orchestrator and the metrics scrape; not part of the public API. */
export default async function systemRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', { config: { access: 'public' } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  app.get('/readyz', { config: { access: 'public' } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await sql`select 1`.execute(app.db);
      return { status: 'ok', database: app.engine };
    } catch (error) {
      request.log.error({ err: error }, 'database not reachable');
      return reply.code(503).send({ status: 'unavailable', database: app.engine });
    }
  });

  app.get('/metrics', { config: { access: 'public' } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store').type(app.metrics.contentType);
    return app.metrics.metrics();
  });
}
