import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Clock, systemClock } from '../src/platform/clock.ts';
import type { PortalModule } from '../src/platform/module.ts';
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
    /** The modules to build the portal from (the standard list unless a test adds one). */
    modules?: readonly PortalModule[];
  } = {},
): Promise<TestApp> {
  const database = await migratedDatabase();
  const clock = options.clock ?? systemClock;
  // Uploaded files go to a folder of this app's own unless the test names one.
  const ownDataDir = options.env?.DATA_DIR ? null : await mkdtemp(path.join(tmpdir(), 'portal-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    BASE_URL: 'http://localhost:3000',
    ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
    ...options.env,
  });
  const removeDataDir = () => (ownDataDir ? rm(ownDataDir, { recursive: true, force: true }) : undefined);
  if (options.data !== 'none') await seedReference(database.db, clock);
  if (options.data === 'demo') await seedDemo(database.db, clock, config.dataDir);
  const app = await buildApp({ config, database, clock, modules: options.modules }).catch(async (error) => {
    await database.destroy();
    await removeDataDir();
    throw error;
  });
  try {
    options.routes?.(app);
    await app.ready();
  } catch (error) {
    await app.close();
    await database.destroy();
    await removeDataDir();
    throw error;
  }
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.destroy();
      await removeDataDir();
    },
  };
}
