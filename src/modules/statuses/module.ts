import { defineModule } from '../../platform/module.ts';
import { statusRules } from '../../policies/statuses.ts';
import { statuses as en } from '../../ui/i18n/en/statuses.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { statuses as pl } from '../../ui/i18n/pl/statuses.ts';
import { mailTemplates } from './mailTemplates.ts';

export const messages = { pl, en };
export const abilities = statusRules;
export { mailTemplates };

/** The audit actions this module records, each with its label in the audit log. */
export const auditLabels = {
  'kkk.status.granted': 'admin.action.kkkStatusGranted',
  'kkk.status.revoked': 'admin.action.kkkStatusRevoked',
  'kkk.status.expiryReminded': 'admin.action.kkkStatusExpiryReminded',
  'kkk.status.expired': 'admin.action.kkkStatusExpired',
  'kkk.certificate.issued': 'admin.action.kkkCertificateIssued',
} as const satisfies Record<string, MessageKey>;

/** The KKK status registry: grants, revocations, expiry reminders and expiry. */
export default defineModule({
  name: 'statuses',
  routes: [() => import('./api.ts'), () => import('./revocationPages.ts')],
  abilities,
  messages,
  mailTemplates,
  auditLabels,
  jobs: async ({ baseUrl }) => (await import('./jobs.ts')).statusJobs(baseUrl),
});
