import type { MessageKey, MessageValue } from '../messages.ts';
import { accounts } from './accounts.ts';
import { admin } from './admin.ts';
import { auth } from './auth.ts';
import { core } from './core.ts';
import { forms } from './forms.ts';
import { rateLimit } from './rate-limit.ts';
import { registry } from './registry.ts';
import { registryValidation } from './registry-validation.ts';
import { twoFactor } from './two-factor.ts';

/** English: the same keys as Polish, file for file. */
export const en: Record<MessageKey, MessageValue> = {
  ...core,
  ...auth,
  ...forms,
  ...accounts,
  ...rateLimit,
  ...admin,
  ...twoFactor,
  ...registryValidation,
  ...registry,
};
