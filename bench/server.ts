import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/dialect.ts';

// The real portal on the generated database, in a child process of run.ts so that the load generator
// never shares its event loop. Talks to the parent over IPC:
//   child → parent  { type: 'listening', port }  once it accepts connections
//   parent → child  { type: 'memory' }           child answers { type: 'memory', rss, peakRss, heapUsed } (bytes)

const url = process.env.BENCH_APP_DATABASE_URL;
if (!url) throw new Error('BENCH_APP_DATABASE_URL is not set (bench/server.ts is started by bench/run.ts)');
const searchPath = process.env.BENCH_APP_SEARCH_PATH || undefined;

const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  SESSION_SECRET: randomBytes(20).toString('hex'),
  DATABASE_URL: url,
  HOST: '127.0.0.1',
  PORT: '0',
  BASE_URL: 'http://127.0.0.1',
});
const database = openDatabase(url, searchPath ? { searchPath } : {});
const app = await buildApp({ config, database });

let peakRss = process.memoryUsage().rss;
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 250).unref();

process.on('message', (message: { type?: string }) => {
  if (message.type !== 'memory') return;
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  process.send?.({ type: 'memory', rss, peakRss, heapUsed });
});

// The parent going away (even by a crash) closes the IPC channel: never outlive it.
process.on('disconnect', () => {
  app.close().finally(() => database.close().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 2000).unref();
});

await app.listen({ port: config.port, host: config.host });
process.send?.({ type: 'listening', port: (app.server.address() as AddressInfo).port });
