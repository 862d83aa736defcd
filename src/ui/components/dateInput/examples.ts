import type { Example } from '../types.ts';
import type { DateInputParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<DateInputParams>[] = [
  { name: 'default', params: { name: 'data-decyzji', legend: 'Data decyzji' } },
  {
    name: 'with value and error on the year',
    params: {
      name: 'data-wejscia',
      legend: 'Data przystąpienia',
      value: { day: '3', month: '12', year: '26' },
      error: 'Rok musi mieć 4 cyfry.',
      errorParts: ['year'],
    },
  },
  {
    name: 'as the page heading',
    params: {
      name: 'termin',
      legend: 'Do kiedy przyjmujesz wnioski?',
      legendIsHeading: true,
      hint: 'Na przykład 31 3 2027',
    },
  },
];
