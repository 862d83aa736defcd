import type { Example } from '../types.ts';
import type { BreadcrumbsParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<BreadcrumbsParams>[] = [
  {
    name: 'default',
    params: {
      items: [
        { text: 'Strona główna', href: '/' },
        { text: 'Klastry', href: '/klastry' },
        { text: 'Klaster Dolina Lotnicza' },
      ],
    },
  },
  {
    name: 'collapsing on phones',
    params: {
      collapseOnMobile: true,
      items: [
        { text: 'Strona główna', href: '/' },
        { text: 'Konkurs', href: '/konkurs' },
      ],
    },
  },
];
