import { defineModule } from '../../platform/module.ts';
import { auditRules } from '../../policies/audit.ts';
import { admin as en } from '../../ui/i18n/en/admin.ts';
import { admin as pl } from '../../ui/i18n/pl/admin.ts';

export const messages = { pl, en };
export const abilities = auditRules;

/** Administration: the audit log browser and user and role management. */
export default defineModule({
  name: 'admin',
  routes: [() => import('./pages.ts')],
  abilities,
  messages,
});
