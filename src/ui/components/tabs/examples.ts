import type { Example } from '../types.ts';
import type { TabsParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<TabsParams>[] = [
  {
    name: 'default',
    params: {
      title: 'Zawartość',
      items: [
        { id: 'zakladka-lista', label: 'Lista', html: '<p class="govuk-body">Lista klastrów.</p>' },
        { id: 'zakladka-mapa', label: 'Mapa', html: '<p class="govuk-body">Mapa województw.</p>' },
      ],
    },
  },
];
