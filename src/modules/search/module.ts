import { defineModule } from '../../platform/module.ts';
import { search as en } from '../../ui/i18n/en/search.ts';
import { search as pl } from '../../ui/i18n/pl/search.ts';

export const messages = { pl, en };

/**
 * Portal-wide search: the documents other modules hand over when their records change, the /szukaj
 * page and GET /api/v1/search. It imports no other module; each module declares its kinds of document
 * under `search` in its own module.ts.
 */
export default defineModule({
  name: 'search',
  routes: [() => import('./pages.ts'), () => import('./api.ts')],
  messages,
});
