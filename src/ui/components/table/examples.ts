import type { Example } from '../types.ts';
import type { TableParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<TableParams>[] = [
  {
    name: 'default',
    params: {
      caption: 'Klastry według województw',
      head: [{ text: 'Województwo' }, { text: 'Klastry', numeric: true }],
      rows: [
        [{ text: 'dolnośląskie' }, { text: '12', numeric: true }],
        [{ text: 'mazowieckie' }, { text: '420 000 000,5', numeric: true }],
      ],
      firstCellIsHeader: true,
    },
  },
  {
    name: 'with html cells, not responsive',
    params: {
      label: 'Statusy',
      responsive: false,
      head: [{ text: 'Klaster', sort: 'ascending' }, { text: 'Stan' }],
      rows: [
        [
          { html: '<a class="govuk-link" href="/klastry/x">Klaster X</a>' },
          { html: '<strong class="govuk-tag govuk-tag--green">Aktywny</strong>' },
        ],
      ],
    },
  },
];
