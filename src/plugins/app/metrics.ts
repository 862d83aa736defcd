import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { PageStore } from './pageCache.ts';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry;
  }
}

/** Request counts and durations by route, in the Prometheus text format at /metrics. */
export default fp(
  async (app: FastifyInstance, options: { pages: PageStore }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const labelNames = ['method', 'route', 'status'] as const;
    const requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered',
      labelNames,
      registers: [registry],
    });
    const durations = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request',
      labelNames,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    app.decorate('metrics', registry);

    const record = (method: string, route: string, status: number, seconds: number) => {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      durations.observe(labels, seconds);
    };

    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, never the raw URL, so the label set stays small.
      record(
        request.method,
        request.routeOptions.url ?? 'not_found',
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
    });
    // Kept pages are answered before Fastify sees the request.
    options.pages.onAnswer(({ route, status, seconds }) => record('GET', route, status, seconds));
  },
  { name: 'metrics' },
);
