import type { MessageValue } from '../messages.ts';
import type { auth as pl } from '../pl/auth.ts';

export const auth: Record<keyof typeof pl, MessageValue> = {
  'auth.signInRequired': 'Sign in to continue.',
  'auth.forbidden': 'You are not allowed to do this.',
  'auth.twoFactorRequired':
    'This role needs two-step verification. Turn it on or confirm it with a code on your account page.',
  'auth.invalidToken': 'The API token is invalid or has been revoked.',
  'auth.csrfInvalid': 'The form has expired or came from another site. Reload the page and try again.',
  'error.unauthorizedTitle': 'Sign-in required',
  'error.forbiddenTitle': 'Not allowed',
};
