import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

/** Every route of a built app (HEAD and OPTIONS left out), read from Fastify's printed route tree. */
export function allRoutes(app: FastifyInstance): RouteEntry[] {
  const segments: string[] = [];
  const routes: RouteEntry[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = line.match(/^([│ ├└─]*)(\S+)(?: \(([^)]+)\))?$/u);
    if (!match) continue;
    const depth = Math.floor([...(match[1] ?? '')].length / 4);
    segments.length = depth;
    segments[depth] = match[2] ?? '';
    const url = segments.join('').replace(/\/{2,}/g, '/');
    for (const method of match[3]?.split(', ') ?? [])
      if (method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url });
  }
  return routes;
}
