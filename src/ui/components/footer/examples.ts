import type { Example } from '../types.ts';
import type { FooterParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<FooterParams>[] = [
  {
    name: 'default',
    params: {
      sections: [
        {
          heading: 'Kontakt',
          text: 'E-mail: kontakt@klastry.example',
          items: [{ href: 'mailto:kontakt@klastry.example', text: 'kontakt@klastry.example' }],
        },
        {
          heading: 'Portal Klastrów',
          items: [
            { href: '/deklaracja-dostepnosci', text: 'Deklaracja dostępności' },
            { href: '/o-projekcie', text: 'About the project', lang: 'en' },
          ],
        },
      ],
      meta: { items: [{ href: '/api/docs', text: 'API dla programistów' }], text: 'Portal Klastrów' },
    },
  },
];
