import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Clock, systemClock } from '../src/platform/clock.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { seedReference } from '../src/seed/reference.ts';
import { migratedDatabase, type TestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The whole portal on a fresh database of the suite's engine, with the data a test asks for. */
export async function testApp(
  options: {
    data?: 'none' | 'reference' | 'demo';
    clock?: Clock;
    env?: Record<string, string>;
    /** Extra routes a test needs, e.g. one that throws, registered before the app is ready. */
    routes?: (app: FastifyInstance) => void;
  } = {},
): Promise<TestApp> {
  const database = await migratedDatabase();
  const clock = options.clock ?? systemClock;
  if (options.data !== 'none') await seedReference(database.db, clock);
  if (options.data === 'demo') await seedDemo(database.db, clock);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    BASE_URL: 'http://localhost:3000',
    ...options.env,
  });
  const app = await buildApp({ config, database, clock }).catch(async (error) => {
    await database.destroy();
    throw error;
  });
  try {
    options.routes?.(app);
    await app.ready();
  } catch (error) {
    await app.close();
    await database.destroy();
    throw error;
  }
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}
