import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/dialect.ts';
import accountSettingsPages from './modules/accounts/account-pages.ts';
import accountsApi from './modules/accounts/api.ts';
import accountPages from './modules/accounts/pages.ts';
import { SESSION_COOKIE } from './modules/accounts/sessions.ts';
import twoFactorPages from './modules/accounts/two-factor-pages.ts';
import { twoFactorSection } from './modules/accounts/two-factor-section.ts';
import twoFactorVerificationPages from './modules/accounts/two-factor-verification-pages.ts';
import adminPages from './modules/admin/pages.ts';
import apiDocsRoutes from './modules/api-docs/routes.ts';
import { expertSection } from './modules/assessment/accountSection.ts';
import assessmentRoutes from './modules/assessment/routes.ts';
import certificates from './modules/certificates/routes.ts';
import competitionApi from './modules/competition/api.ts';
import competitionPages from './modules/competition/pages.ts';
import contentPages from './modules/content/pages.ts';
import registryApi from './modules/registry/api.ts';
import freshnessApi from './modules/registry/freshness/api.ts';
import freshnessPages from './modules/registry/freshness/pages.ts';
import membersApi from './modules/registry/members/api.ts';
import memberImportPages from './modules/registry/members/importPages.ts';
import memberPages from './modules/registry/members/pages.ts';
import memberChangeReviewPages from './modules/registry/members/reviewPages.ts';
import registryPages from './modules/registry/pages.ts';
import { myClustersSection } from './modules/registry/registration/accountSection.ts';
import registrationApi from './modules/registry/registration/api.ts';
import registrationPages from './modules/registry/registration/routes.ts';
import teamApi from './modules/registry/team/api.ts';
import teamPages from './modules/registry/team/pages.ts';
import statusesApi from './modules/statuses/api.ts';
import revocationPages from './modules/statuses/revocationPages.ts';
import systemRoutes from './modules/system/routes.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import auth from './plugins/app/auth.ts';
import commandContext from './plugins/app/commandContext.ts';
import database from './plugins/app/database.ts';
import errors, { badUrlAnswer } from './plugins/app/errors.ts';
import metrics from './plugins/app/metrics.ts';
import pageCache, { createPageStore, pageCacheServer } from './plugins/app/page-cache.ts';
import pageContext from './plugins/app/page-context.ts';
import rateLimiter from './plugins/app/rate-limit.ts';
import { requestIdOf } from './plugins/app/request-id.ts';
import { registerExternalPlugins } from './plugins/external/index.ts';
import { ACTIONS } from './policies/index.ts';
import preferenceRoutes from './ui/preference-routes.ts';

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    clock: Clock;
  }
}

const ROUTE_ACCESS = new Set<string>(['public', 'signedIn', ...ACTIONS]);

/** Every route must say who may call it; the fingerprinted static files are public by nature. */
function refuseUnclassifiedRoute(route: RouteOptions): void {
  if (route.url.startsWith('/assets/')) return;
  const access = route.config?.access;
  if (!ROUTE_ACCESS.has(String(access))) {
    throw new Error(
      `Route ${String(route.method)} ${route.url} does not say who may call it (config.access)`,
    );
  }
}

/** Builds the whole portal: external plugins, then the app's own, then each module's routes. */
export async function buildApp({
  config,
  database: db,
  clock = systemClock,
}: AppDependencies): Promise<FastifyInstance> {
  const pages = createPageStore({
    ttlMs: config.pageCacheSeconds * 1000,
    maxBytes: 64 * 1024 * 1024,
    privateCookies: [SESSION_COOKIE],
  });
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    serverFactory: pageCacheServer(pages),
    genReqId: (request) => requestIdOf(request.headers),
    frameworkErrors: badUrlAnswer({ contactEmail: config.contactEmail, socialLinks: config.socialLinks }),
    trustProxy: config.env === 'production',
    ajv: {
      customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onRoute', refuseUnclassifiedRoute);
  app.decorate('config', config);
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
  });
  await app.register(errors);
  await app.register(auth, { sessionSecret: config.sessionSecret, secureCookies: https });
  await app.register(rateLimiter);

  await app.register(systemRoutes);
  await app.register(preferenceRoutes, { secureCookies: https });
  await app.register(apiDocsRoutes);
  await app.register(contentPages);
  await app.register(registryPages);
  await app.register(registrationPages);
  await app.register(registrationApi);
  await app.register(teamPages);
  await app.register(memberPages);
  await app.register(memberImportPages);
  await app.register(memberChangeReviewPages);
  await app.register(freshnessPages);
  await app.register(membersApi);
  await app.register(freshnessApi);
  await app.register(teamApi);
  await app.register(registryApi, { baseUrl: config.baseUrl });
  await app.register(statusesApi);
  await app.register(revocationPages);
  await app.register(certificates);
  await app.register(accountPages);
  await app.register(accountSettingsPages, {
    sections: [twoFactorSection, myClustersSection, expertSection],
  });
  await app.register(twoFactorPages);
  await app.register(twoFactorVerificationPages);
  await app.register(accountsApi);
  await app.register(adminPages);
  await app.register(competitionPages);
  await app.register(competitionApi);
  await app.register(assessmentRoutes);
  return app;
}
