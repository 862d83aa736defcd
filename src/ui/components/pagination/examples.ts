import type { Example } from '../types.ts';
import type { PaginationParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<PaginationParams>[] = [
  {
    name: 'block (previous and next)',
    params: {
      previous: { href: '/klastry?strona=1' },
      next: { href: '/klastry?strona=3' },
      status: 'Strona 2 z 7',
    },
  },
  {
    name: 'numbered',
    params: {
      previous: { href: '?strona=1' },
      next: { href: '?strona=3' },
      items: [
        { number: 1, href: '?strona=1' },
        { number: 2, href: '?strona=2', current: true },
        { number: 3, href: '?strona=3' },
        { ellipsis: true },
        { number: 9, href: '?strona=9' },
      ],
      label: 'Strony wyników',
    },
  },
];
