import type { FastifyInstance } from 'fastify';
import applicationPages from './applicationPages.ts';
import { formalCheckPages } from './formalCheckPages.ts';
import { operatorPages } from './operatorPages.ts';
import { publicPages } from './publicPages.ts';

/** The competition's HTML pages: public calls, the coordinator's applications, the operator's side. */
export default async function competitionPages(app: FastifyInstance): Promise<void> {
  publicPages(app);
  operatorPages(app);
  formalCheckPages(app);
  // Its own encapsulated plugin: the attachment upload parser applies to its routes only.
  await app.register(applicationPages);
}
