import type { FastifyInstance } from 'fastify';
import { listPage } from './listPage.ts';
import { mapPage } from './mapPage.ts';
import { profilePage } from './profilePage.ts';

/** The registry's public pages: the list with search and filters, the map, and each profile. */
export default async function registryPages(app: FastifyInstance): Promise<void> {
  listPage(app);
  mapPage(app);
  profilePage(app);
}
