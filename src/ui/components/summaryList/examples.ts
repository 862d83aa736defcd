import type { Example } from '../types.ts';
import type { SummaryListParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<SummaryListParams>[] = [
  {
    name: 'default',
    params: {
      rows: [
        { key: 'Nazwa', value: 'Klaster Dolina Lotnicza' },
        { key: 'Reprezentowany przez', value: 'Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego' },
        { key: 'Liczba członków', value: '176' },
      ],
    },
  },
  {
    name: 'with actions (check your answers)',
    params: {
      rows: [
        {
          key: 'Kryterium 1',
          value: '4 pkt',
          actions: [{ href: '#k1', text: 'Zmień', visuallyHiddenText: 'ocenę kryterium 1' }],
        },
        {
          key: 'Kryterium 2',
          html: '<p class="govuk-body">3 pkt</p>',
          actions: [
            { href: '#k2', text: 'Zmień' },
            { href: '#k2u', text: 'Usuń' },
          ],
        },
        { key: 'Uwagi', value: null },
      ],
    },
  },
  {
    name: 'card without borders',
    params: {
      card: { title: 'Koordynator' },
      noBorder: true,
      rows: [{ key: 'E-mail', value: 'biuro@example.pl' }],
    },
  },
];
