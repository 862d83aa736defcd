import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { type Locale, warsawDate } from '../../platform/time.ts';
import { can } from '../../policies/index.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { registryByRound } from '../statuses/queries.ts';
import { homeSectionsRenderer } from './homeSections.ts';
import { presentPage } from './presenters.ts';
import { findPage } from './queries.ts';

const VIEWS = 'modules/content/views';

/** Content pages stored in the database, each at a fixed address and in a main-navigation section. */
const CONTENT_PAGES: readonly { url: string; slug: string; section: string; locale?: Locale }[] = [
  { url: '/polityka-klastrowa', slug: 'polityka-klastrowa', section: 'policy' },
  // "About the project" is the portal's English page, as on the old portal: English in every UI language.
  { url: '/o-projekcie', slug: 'o-projekcie', section: 'about', locale: 'en' },
  { url: '/deklaracja-dostepnosci', slug: 'deklaracja-dostepnosci', section: '' },
];

/** Sections whose module is still to come: an honest notice instead of an empty shell. */
const UPCOMING_SECTIONS = [
  { url: '/forum', section: 'forum', title: 'forum.title', text: 'forum.notYet' },
] as const satisfies readonly { url: string; section: string; title: MessageKey; text: MessageKey }[];

async function loadPage(app: FastifyInstance, slug: string, locale: Locale) {
  const page = await findPage(app.db, slug);
  if (!page) throw notFound();
  return presentPage(page, locale);
}

export default async function contentPages(app: FastifyInstance): Promise<void> {
  const publicPage = { schema: { hide: true }, config: { pageCache: true, access: 'public' } } as const;

  const homeSections = homeSectionsRenderer(app.portal.homeSections, app.clock);
  app.get('/', publicPage, async (request, reply) => {
    const sections = await homeSections(app.db, request.t);
    return reply.page(`${VIEWS}/home`, { sections }, { title: request.t('nav.home'), section: 'home' });
  });

  // The KKK page carries the status registry: every status by round, or (?stan=aktywne) the active ones.
  app.get<{ Querystring: { stan?: string } }>(
    '/krajowe-klastry-kluczowe',
    publicPage,
    async (request, reply) => {
      const scope = request.query.stan === 'aktywne' ? 'active' : 'all';
      const [page, rounds] = await Promise.all([
        loadPage(app, 'krajowe-klastry-kluczowe', request.locale),
        registryByRound(app.db, { today: warsawDate(app.clock.now()), scope }),
      ]);
      const canRevoke = can(request.actor, 'kkk.status.revoke');
      return reply.page(
        `${VIEWS}/kkk`,
        { page, rounds, scope, canRevoke },
        { title: page.title, section: 'kkk' },
      );
    },
  );

  for (const { url, slug, section, locale } of CONTENT_PAGES) {
    app.get(url, publicPage, async (request: FastifyRequest, reply: FastifyReply) => {
      const page = await loadPage(app, slug, locale ?? request.locale);
      const contentLang = locale && locale !== request.locale ? locale : undefined;
      return reply.page(`${VIEWS}/page`, { page, contentLang }, { title: page.title, section });
    });
  }

  // The privacy notice: who the controller is and how to reach them come from the configuration.
  app.get('/polityka-prywatnosci', publicPage, async (request, reply) => {
    const page = await loadPage(app, 'polityka-prywatnosci', request.locale);
    const controller = { name: app.config.issuingAuthority, email: app.config.contactEmail };
    return reply.page(`${VIEWS}/privacy`, { page, controller }, { title: page.title });
  });

  for (const { url, section, title, text } of UPCOMING_SECTIONS) {
    app.get(url, publicPage, async (request: FastifyRequest, reply: FastifyReply) => {
      const heading = request.t(title);
      return reply.page(`${VIEWS}/notYet`, { heading, text: request.t(text) }, { title: heading, section });
    });
  }
}
