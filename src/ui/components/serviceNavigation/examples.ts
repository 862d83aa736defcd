import type { Example } from '../types.ts';
import type { ServiceNavigationParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<ServiceNavigationParams>[] = [
  {
    name: 'default',
    params: {
      items: [
        { href: '/', text: 'Strona główna' },
        { href: '/klastry', text: 'Klastry', current: true },
        { href: '/kalendarz', text: 'Kalendarz imprez' },
        { href: '/o-projekcie', text: 'About the project', lang: 'en' },
      ],
    },
  },
];
