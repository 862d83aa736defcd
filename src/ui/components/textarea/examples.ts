import type { Example } from '../types.ts';
import type { TextareaParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<TextareaParams>[] = [
  { name: 'default', params: { name: 'opis', label: 'Opis klastra' } },
  {
    name: 'with character count',
    params: {
      name: 'uzasadnienie',
      label: 'Uzasadnienie',
      hint: 'Napisz, dlaczego klaster spełnia kryterium.',
      maxLength: 2000,
    },
  },
  {
    name: 'optional with error',
    params: {
      name: 'uwagi',
      label: 'Uwagi',
      optional: true,
      value: '<b>bez HTML</b>',
      error: 'Uwagi są za długie.',
      maxLength: 10,
    },
  },
];
