import type { Example } from '../types.ts';
import type { InsetTextParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<InsetTextParams>[] = [
  { name: 'default', params: { text: 'Koordynator nie uzupełnił jeszcze profilu.' } },
];
