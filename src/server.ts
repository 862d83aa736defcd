import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/dialect.ts';

/** Opens the database, builds the app and listens; closes both cleanly on SIGINT and SIGTERM. */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const database = openDatabase(config.databaseUrl);
  const app = await buildApp({ config, database });
  app.addHook('onClose', () => database.close());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen({ port: config.port, host: config.host });
  return app;
}
