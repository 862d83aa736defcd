import { auth } from './auth.ts';
import { components } from './components.ts';
import { core } from './core.ts';
import { forms } from './forms.ts';
import { rateLimit } from './rateLimit.ts';

/**
 * Polish, the portal's first language: the texts of the layout, forms and sign-in that every page
 * shares. Each module brings its own catalogue in its module.ts; messages.ts merges them.
 */
export const pl = {
  ...core,
  ...auth,
  ...forms,
  ...components,
  ...rateLimit,
};
