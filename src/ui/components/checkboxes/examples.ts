import type { Example } from '../types.ts';
import type { CheckboxesParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<CheckboxesParams>[] = [
  {
    name: 'default',
    params: {
      name: 'branze',
      legend: 'Branże',
      hint: 'Zaznacz wszystkie, które pasują.',
      items: [
        { value: 'it', text: 'Informatyka' },
        { value: 'energia', text: 'Energetyka' },
        { value: 'lotnictwo', text: 'Lotnictwo' },
      ],
      values: ['energia'],
    },
  },
  {
    name: 'single declaration with error',
    params: {
      name: 'oswiadczenie',
      legend: 'Oświadczenie',
      error: 'Potwierdź oświadczenie, aby złożyć wniosek.',
      items: [{ value: 'tak', text: 'Oświadczam, że dane we wniosku są prawdziwe.' }],
    },
  },
  {
    name: 'conditional and exclusive',
    params: {
      name: 'powiadomienia',
      legend: 'Powiadomienia',
      small: true,
      items: [
        {
          value: 'email',
          text: 'E-mail',
          conditional: { html: '<p class="govuk-body">Wyślemy je na adres konta.</p>' },
        },
        { divider: 'lub' },
        { value: 'zadne', text: 'Żadne', exclusive: true },
      ],
    },
  },
];
