import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/dialect.ts';
import { SESSION_COOKIE } from './modules/accounts/sessions.ts';
import { MODULES } from './modules/index.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import { assemblePortal, type Portal, type PortalModule } from './platform/module.ts';
import auth from './plugins/app/auth.ts';
import commandContext from './plugins/app/commandContext.ts';
import database from './plugins/app/database.ts';
import errors, { badUrlAnswer } from './plugins/app/errors.ts';
import metrics from './plugins/app/metrics.ts';
import pageCache, { createPageStore, pageCacheServer } from './plugins/app/pageCache.ts';
import pageContext from './plugins/app/pageContext.ts';
import rateLimiter from './plugins/app/rateLimit.ts';
import { requestIdOf } from './plugins/app/requestId.ts';
import { registerExternalPlugins } from './plugins/external/index.ts';
import { cataloguesOf } from './ui/i18n/messages.ts';
import preferenceRoutes from './ui/preferenceRoutes.ts';

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** The modules to build the portal from; the standard list unless a test adds one. */
  modules?: readonly PortalModule[];
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    clock: Clock;
    /** What the modules contribute: abilities, labels, menus, sections, extension points. */
    portal: Portal;
    /** Every route's declared access, `METHOD /url` → access, as checked at registration. */
    routeAccess: ReadonlyMap<string, string>;
  }
}

/** Every route must say who may call it; the fingerprinted static files are public by nature. */
function routeClassifier(portal: Portal, accessByRoute: Map<string, string>): (route: RouteOptions) => void {
  const known = new Set<string>(['public', 'signedIn', ...Object.keys(portal.rules)]);
  return (route) => {
    if (route.url.startsWith('/assets/')) return;
    const access = route.config?.access;
    if (!known.has(String(access))) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} does not say who may call it (config.access)`,
      );
    }
    for (const method of [route.method].flat()) accessByRoute.set(`${method} ${route.url}`, String(access));
  };
}

/** Builds the whole portal: external plugins, then the app's own, then each module's routes. */
export async function buildApp({
  config,
  database: db,
  clock = systemClock,
  modules = MODULES,
}: AppDependencies): Promise<FastifyInstance> {
  const portal = assemblePortal(modules);
  const pages = createPageStore({
    ttlMs: config.pageCacheSeconds * 1000,
    maxBytes: 64 * 1024 * 1024,
    privateCookies: [SESSION_COOKIE],
  });
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    serverFactory: pageCacheServer(pages),
    genReqId: (request) => requestIdOf(request.headers),
    frameworkErrors: badUrlAnswer(
      { contactEmail: config.contactEmail, socialLinks: config.socialLinks },
      portal.nav,
    ),
    trustProxy: config.env === 'production',
    ajv: {
      customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const accessByRoute = new Map<string, string>();
  app.addHook('onRoute', routeClassifier(portal, accessByRoute));
  app.decorate('routeAccess', accessByRoute);
  app.decorate('config', config);
  app.decorate('portal', portal);
  app.decorate('clock', clock);
  // First of all hooks: the arrival instant, which deadlines are decided by (issue 11, item 4).
  await app.register(commandContext);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const https = config.baseUrl.startsWith('https:');
  // First, so its onSend hook sees each page as rendered, before compression.
  await app.register(pageCache, { store: pages });
  await registerExternalPlugins(app, { https, baseUrl: config.baseUrl, sessionSecret: config.sessionSecret });
  await app.register(database, { database: db });
  await app.register(metrics, { pages });
  await app.register(pageContext, {
    site: { contactEmail: config.contactEmail, socialLinks: config.socialLinks },
    catalogues: cataloguesOf(modules),
  });
  await app.register(errors);
  await app.register(auth, { sessionSecret: config.sessionSecret, secureCookies: https });
  await app.register(rateLimiter);

  await app.register(preferenceRoutes, { secureCookies: https });
  for (const module of modules) {
    for (const load of module.routes ?? []) {
      await app.register((await load()).default, { baseUrl: config.baseUrl });
    }
  }
  return app;
}
