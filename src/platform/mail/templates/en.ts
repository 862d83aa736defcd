import type { MailTexts } from './content.ts';

const ROLE_NAMES: Record<string, string> = {
  user: 'user',
  coordinator: 'coordinator',
  expert: 'expert',
  operator: 'operator',
  moderator: 'moderator',
  admin: 'administrator',
};

const plural = new Intl.PluralRules('en');
const list = new Intl.ListFormat('en', { type: 'conjunction' });

function minutes(count: number): string {
  return `${count} ${plural.select(count) === 'one' ? 'minute' : 'minutes'}`;
}

function rolesSentence(roles: readonly string[]): string {
  if (roles.length === 0) return 'Your account now has no roles.';
  return `Your roles are now: ${list.format(roles.map((role) => ROLE_NAMES[role] ?? role))}.`;
}

const greeting = (name: string) => `Hello ${name},`;
const CONTACT_SUPPORT = 'contact the portal’s support as soon as possible';

export const en: MailTexts = {
  linkHint: 'If the button does not work, copy this address into your browser:',
  signOff: 'Kind regards,',
  team: 'The Portal Klastrów team',
  automatic: 'This message was sent automatically. Please do not reply to it.',
  templates: {
    accountVerify: ({ name, link }) => ({
      subject: 'Confirm your e-mail address for Portal Klastrów',
      greeting: greeting(name),
      intro: [
        'Thank you for creating an account on Portal Klastrów. To activate it, please confirm that this e-mail address is yours.',
      ],
      action: { label: 'Confirm e-mail address', url: link },
      outro: [
        'If you are not creating an account on Portal Klastrów, simply ignore this message. The account stays inactive until the address is confirmed.',
      ],
    }),
    passwordReset: ({ name, link, validMinutes }) => ({
      subject: 'Set a new password for Portal Klastrów',
      greeting: greeting(name),
      intro: ['We received a request to set a new password for your Portal Klastrów account.'],
      action: { label: 'Set a new password', url: link },
      outro: [
        `The link is valid for ${minutes(validMinutes)}.`,
        'If you did not ask for a new password, ignore this message — your current password stays unchanged.',
      ],
    }),
    emailChange: ({ name, link, newEmail }) => ({
      subject: 'Confirm your new e-mail address for Portal Klastrów',
      greeting: greeting(name),
      intro: [
        `We received a request to change the e-mail address of your Portal Klastrów account to ${newEmail}. The address changes only once you confirm that it is yours.`,
      ],
      action: { label: 'Confirm the new address', url: link },
      outro: [
        'If you did not ask for this change, ignore this message — your account’s address stays unchanged.',
      ],
    }),
    passwordChanged: ({ name }) => ({
      subject: 'Your Portal Klastrów password has been changed',
      greeting: greeting(name),
      intro: ['The password of your Portal Klastrów account has been changed.'],
      outro: [
        'If you made this change, there is nothing more to do.',
        `If you did not, set a new password straight away with the “Forgotten your password?” link on the sign-in page and ${CONTACT_SUPPORT}.`,
      ],
    }),
    accountDeletionRequested: ({ name }) => ({
      subject: 'Request to delete your Portal Klastrów account',
      greeting: greeting(name),
      intro: ['We have received a request to delete your Portal Klastrów account.'],
      outro: [`If you did not make this request, ${CONTACT_SUPPORT}.`],
    }),
    roleChanged: ({ name, roles }) => ({
      subject: 'Your roles on Portal Klastrów have changed',
      greeting: greeting(name),
      intro: ['The permissions of your Portal Klastrów account have changed.', rolesSentence(roles)],
      outro: ['If you think this is a mistake, contact the portal’s support.'],
    }),
  },
};
