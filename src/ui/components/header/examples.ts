import type { Example } from '../types.ts';
import type { HeaderParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<HeaderParams>[] = [
  { name: 'default', params: {} },
  {
    name: 'with tagline',
    params: { tagline: 'Polityka klastrowa i konkurs o status Krajowego Klastra Kluczowego' },
  },
];
