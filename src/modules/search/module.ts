import { defineModule } from '../../platform/module.ts';

/**
 * Portal-wide search: the documents other modules hand over when their records change. It imports no
 * other module; each module declares its kinds of document under `search` in its own module.ts.
 */
export default defineModule({
  name: 'search',
});
