import { accounts } from './accounts.ts';
import { admin } from './admin.ts';
import { assessment } from './assessment.ts';
import { auth } from './auth.ts';
import { competition } from './competition.ts';
import { core } from './core.ts';
import { forms } from './forms.ts';
import { freshness } from './freshness.ts';
import { members } from './members.ts';
import { rateLimit } from './rate-limit.ts';
import { registration } from './registration.ts';
import { registry } from './registry.ts';
import { registryValidation } from './registry-validation.ts';
import { statuses } from './statuses.ts';
import { team } from './team.ts';
import { twoFactor } from './two-factor.ts';

/** Polish, the portal's first language: one file per area, merged here. */
export const pl = {
  ...core,
  ...assessment,
  ...auth,
  ...forms,
  ...accounts,
  ...rateLimit,
  ...admin,
  ...twoFactor,
  ...registryValidation,
  ...registry,
  ...registration,
  ...team,
  ...members,
  ...freshness,
  ...statuses,
  ...competition,
};
