import type { Example } from '../types.ts';
import type { DetailsParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<DetailsParams>[] = [
  {
    name: 'default',
    params: {
      summary: 'Czym jest Krajowy Klaster Kluczowy?',
      text: 'To status nadawany przez ministra na 3 lata.',
    },
  },
  {
    name: 'open with html',
    params: {
      summary: 'Jak liczymy punkty',
      open: true,
      html: '<p class="govuk-body">Suma ocen dwóch ekspertów.</p>',
    },
  },
];
