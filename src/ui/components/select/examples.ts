import type { Example } from '../types.ts';
import type { SelectParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<SelectParams>[] = [
  {
    name: 'default',
    params: {
      name: 'wojewodztwo',
      label: 'Województwo',
      options: [
        { value: '', text: 'Wszystkie' },
        { value: '02', text: 'dolnośląskie' },
        { value: '04', text: 'kujawsko-pomorskie' },
        { value: '32', text: 'zachodniopomorskie' },
      ],
      value: '04',
    },
  },
  {
    name: 'with error',
    params: {
      name: 'rola',
      label: 'Rola',
      hint: 'Wybierz jedną rolę.',
      error: 'Wybierz rolę.',
      options: [
        { value: '', text: 'Wybierz' },
        { value: 'expert', text: 'Ekspert' },
      ],
    },
  },
];
