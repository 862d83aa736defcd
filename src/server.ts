import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/dialect.ts';
import { startJobScheduler } from './platform/jobs/scheduler.ts';
import { startMailWorker } from './platform/mail/poller.ts';
import { warmUp } from './warmUp.ts';

/** Opens the database, builds the app and listens; closes both cleanly on SIGINT and SIGTERM. */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const database = openDatabase(config.databaseUrl);
  const app = await buildApp({ config, database });
  app.addHook('onClose', () => database.close());
  // Sends queued mail; stopped before the database closes.
  const mailWorker = startMailWorker(app);
  app.addHook('preClose', () => mailWorker.stop());
  const jobs = startJobScheduler(await app.portal.jobs({ baseUrl: config.baseUrl }), {
    db: app.db,
    clock: app.clock,
    log: app.log,
  });
  app.addHook('preClose', () => jobs.stop());
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
  // Not awaited: the server answers while the slow first-use libraries load behind it.
  void warmUp(app);
  return app;
}
