import type { FastifyInstance } from 'fastify';
import { preferenceChange, preferenceCookieOptions, safeReturnPath } from './preferences.ts';

/**
 * The language, contrast and text-size switches: plain links that set one cookie and return to the
 * page the visitor was on, so they work without JavaScript and pages stay cacheable.
 */
export default async function preferenceRoutes(app: FastifyInstance, options: { secureCookies: boolean }) {
  app.get('/preferencje', { config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const change = preferenceChange(query);
    if (change) {
      reply.setCookie(change.cookie, change.value, {
        ...preferenceCookieOptions,
        secure: options.secureCookies,
      });
    }
    return reply.header('cache-control', 'no-store').redirect(safeReturnPath(query.wroc), 303);
  });
}
