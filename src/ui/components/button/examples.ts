import type { Example } from '../types.ts';
import type { ButtonParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<ButtonParams>[] = [
  { name: 'primary', params: { text: 'Zapisz i kontynuuj' } },
  { name: 'secondary', params: { text: 'Zapisz wersję roboczą', variant: 'secondary' } },
  { name: 'warning', params: { text: 'Usuń konto', variant: 'warning' } },
  { name: 'link as a button', params: { text: 'Zacznij teraz', href: '/konkurs' } },
  {
    name: 'with name and value',
    params: { text: 'Dodaj członka', name: 'akcja', value: 'dodaj', preventDoubleClick: true },
  },
];
