import type { Example } from '../types.ts';
import type { LabelParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<LabelParams>[] = [
  { name: 'default', params: { for: 'field-email', text: 'Adres e-mail' } },
  { name: 'optional', params: { for: 'field-www', text: 'Strona internetowa', optional: true } },
];
