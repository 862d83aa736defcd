import { defineModule, lazy } from '../../platform/module.ts';
import { accountRules } from '../../policies/accounts.ts';
import { accounts as enAccounts } from '../../ui/i18n/en/accounts.ts';
import { twoFactor as enTwoFactor } from '../../ui/i18n/en/twoFactor.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { accounts as plAccounts } from '../../ui/i18n/pl/accounts.ts';
import { twoFactor as plTwoFactor } from '../../ui/i18n/pl/twoFactor.ts';
import { mailTemplates } from './mailTemplates.ts';

export const messages = {
  pl: { ...plAccounts, ...plTwoFactor },
  en: { ...enAccounts, ...enTwoFactor },
};
export const abilities = accountRules;
export { mailTemplates };

/** The audit actions this module records, each with its label in the audit log. */
export const auditLabels = {
  'user.created': 'admin.action.created',
  'user.registered': 'admin.action.registered',
  'user.email_verified': 'admin.action.emailVerified',
  'user.signed_in': 'admin.action.signedIn',
  'user.role_granted': 'admin.action.roleGranted',
  'user.role_revoked': 'admin.action.roleRevoked',
  'user.email_change_requested': 'admin.action.emailChangeRequested',
  'user.email_changed': 'admin.action.emailChanged',
  'user.password_reset_requested': 'admin.action.passwordResetRequested',
  'user.password_reset': 'admin.action.passwordReset',
  'user.deletion_requested': 'admin.action.deletionRequested',
  'user.two_factor_setup_started': 'admin.action.twoFactorSetupStarted',
  'user.two_factor_enabled': 'admin.action.twoFactorEnabled',
  'user.two_factor_verified': 'admin.action.twoFactorVerified',
  'user.recovery_codes_regenerated': 'admin.action.recoveryCodesRegenerated',
  'user.two_factor_disabled': 'admin.action.twoFactorDisabled',
  'user.locale_changed': 'admin.action.localeChanged',
  'api_token.created': 'admin.action.apiTokenCreated',
} as const satisfies Record<string, MessageKey>;

/** Accounts: registration, sign-in, sessions, tokens, two-step verification and the account page. */
export default defineModule({
  name: 'accounts',
  routes: [
    () => import('./pages.ts'),
    () => import('./accountPages.ts'),
    () => import('./twoFactorPages.ts'),
    () => import('./twoFactorVerificationPages.ts'),
    () => import('./api.ts'),
  ],
  abilities,
  messages,
  mailTemplates,
  auditLabels,
  accountSections: [
    {
      id: 'two-factor',
      position: 10,
      render: lazy(() => import('./twoFactorSection.ts').then((m) => m.twoFactorSection)),
    },
  ],
});
