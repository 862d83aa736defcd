import type { Example } from '../types.ts';
import type { FieldsetParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<FieldsetParams>[] = [
  {
    name: 'default',
    params: { legend: 'Adres siedziby', legendSize: 'm', html: '<p class="govuk-body">Pola adresu.</p>' },
  },
  {
    name: 'as the page heading',
    params: {
      legend: 'Dane koordynatora',
      legendIsHeading: true,
      html: '<p class="govuk-body">Pola koordynatora.</p>',
    },
  },
];
