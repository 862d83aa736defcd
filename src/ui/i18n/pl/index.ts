import { accounts } from './accounts.ts';
import { admin } from './admin.ts';
import { auth } from './auth.ts';
import { core } from './core.ts';
import { forms } from './forms.ts';
import { rateLimit } from './rate-limit.ts';
import { registry } from './registry.ts';
import { registryValidation } from './registry-validation.ts';
import { twoFactor } from './two-factor.ts';

/** Polish, the portal's first language: one file per area, merged here. */
export const pl = {
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
