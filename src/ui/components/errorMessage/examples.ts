import type { Example } from '../types.ts';
import type { ErrorMessageParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<ErrorMessageParams>[] = [
  { name: 'default', params: { id: 'error-email', text: 'Podaj adres e-mail.' } },
];
