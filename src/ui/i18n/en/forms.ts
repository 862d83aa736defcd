import type { MessageValue } from '../messages.ts';
import type { forms as pl } from '../pl/forms.ts';

export const forms: Record<keyof typeof pl, MessageValue> = {
  'form.errorSummary': 'There is a problem with the form',
  'form.errorPrefix': 'Error:',
  'form.optional': '(optional)',
  'form.badUpload': 'The form sent could not be read. Please try again.',
};
