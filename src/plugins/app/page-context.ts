import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Locale } from '../../platform/time.ts';
import { can } from '../../policies/index.ts';
import { type Translate, translator } from '../../ui/i18n/messages.ts';
import { type Preferences, readPreferences } from '../../ui/preferences.ts';
import { type PageOptions, renderPage, type SiteInfo, type WorkLink } from '../../ui/render.ts';
import { isApiUrl, requestLocale } from './request-locale.ts';

declare module 'fastify' {
  interface FastifyRequest {
    prefs: Preferences;
    locale: Locale;
    t: Translate;
  }
  interface FastifyReply {
    /** Renders a template inside the layout and sends it as HTML. */
    page(template: string, data: Record<string, unknown>, options: PageOptions): FastifyReply;
  }
}

/** The work pages of each role, in the main menu for those whose policies let them in. */
const WORK_LINKS: readonly WorkLink[] = [
  {
    section: 'registrations',
    href: '/admin/zgloszenia',
    label: 'registration.nav.queue',
    action: 'cluster.review',
  },
  {
    section: 'competition-operator',
    href: '/panel/konkurs',
    label: 'competition.operator.title',
    action: 'rounds.manage',
  },
  { section: 'expert', href: '/ekspert', label: 'assessment.expert.tasksTitle', action: 'assessment.score' },
];

/** The administration pages the signed-in person may open, for the header and the menu. */
function adminLinks(request: FastifyRequest) {
  return {
    canReadAudit: can(request.actor, 'audit.read'),
    canManageUsers: can(request.actor, 'users.manage'),
    workLinks: WORK_LINKS.filter((link) => can(request.actor, link.action)),
  };
}

/** Reads the visitor's language and display choices and gives every handler t() and reply.page(). */
export default fp(
  async (app: FastifyInstance, options: { site: SiteInfo }) => {
    // Set for every request in onRequest below; decorators start empty so nothing is shared.
    app.decorateRequest('prefs', null as unknown as Preferences);
    app.decorateRequest('locale', 'pl');
    app.decorateRequest('t', translator('pl'));

    app.addHook('onRequest', async (request, reply) => {
      request.prefs = readPreferences(request.cookies);
      request.locale = requestLocale(request.url, request.headers, request.cookies);
      request.t = translator(request.locale);
      // An API answer says its language, and that Accept-Language chose it.
      if (isApiUrl(request.url)) {
        reply.header('content-language', request.locale).header('vary', 'Accept-Language');
      }
    });

    app.decorateReply(
      'page',
      function (template: string, data: Record<string, unknown>, pageOptions: PageOptions) {
        const request = this.request;
        const html = renderPage(
          template,
          data,
          {
            t: request.t,
            locale: request.locale,
            prefs: request.prefs,
            currentUrl: request.url,
            requestId: request.id,
            site: options.site,
            actor: request.actor && { name: request.actor.name, ...adminLinks(request) },
            csrfToken: () => this.csrfToken(),
          },
          pageOptions,
        );
        return this.header('content-language', request.locale)
          .header('vary', 'Cookie')
          .type('text/html; charset=utf-8')
          .send(html);
      },
    );
  },
  { name: 'page-context', dependencies: ['@fastify/cookie'] },
);
