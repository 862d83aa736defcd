import type { MessageValue } from '../messages.ts';
import type { pl } from '../pl/index.ts';
import { auth } from './auth.ts';
import { components } from './components.ts';
import { core } from './core.ts';
import { forms } from './forms.ts';
import { rateLimit } from './rateLimit.ts';

/** English: the same keys as Polish, file for file (each module's own catalogue in its module.ts). */
export const en: Record<keyof typeof pl, MessageValue> = {
  ...core,
  ...auth,
  ...forms,
  ...components,
  ...rateLimit,
};
