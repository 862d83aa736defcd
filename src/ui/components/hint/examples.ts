import type { Example } from '../types.ts';
import type { HintParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<HintParams>[] = [
  { name: 'default', params: { id: 'hint-email', text: 'Na przykład jan@example.pl' } },
];
