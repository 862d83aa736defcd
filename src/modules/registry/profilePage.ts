import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/domainError.ts';
import { loadClusterProfile } from './clusterProfile.ts';
import { loadClusterProfileSections } from './profileSections.ts';
import { profileView } from './profileView.ts';
import { logoUrlOf } from './registration/logo.ts';
import { SlugParams } from './schemas.ts';

const VIEW = 'modules/registry/views/profile';

/** A cluster's public profile. */
export function profilePage(app: FastifyInstance): void {
  app.get<{ Params: { slug: string } }>(
    '/klastry/:slug',
    { schema: { hide: true, params: SlugParams }, config: { pageCache: true, access: 'public' } },
    async (request, reply) => {
      const profile = await loadClusterProfile(app.db, request.params.slug, app.clock.now());
      if (!profile) throw notFound();
      const logoUrl = await logoUrlOf(app.db, profile.cluster);
      const sections = await loadClusterProfileSections(
        app.portal.provided('clusterProfileSections'),
        app.db,
        { id: profile.cluster.id, slug: profile.cluster.slug },
        { t: request.t, locale: request.locale, now: app.clock.now() },
        request.log,
      );
      return reply.page(
        VIEW,
        { cluster: profileView(profile, request.locale), today: profile.today, logoUrl, sections },
        { title: profile.cluster.name, section: 'clusters' },
      );
    },
  );
}
