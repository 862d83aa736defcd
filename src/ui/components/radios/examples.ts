import type { Example } from '../types.ts';
import type { RadiosParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<RadiosParams>[] = [
  {
    name: 'default',
    params: {
      name: 'kategoria',
      legend: 'Kategoria klastra',
      items: [
        { value: 'registered', text: 'Zarejestrowany' },
        { value: 'standards', text: 'Spełnia standardy zarządzania' },
        { value: 'kkk', text: 'Krajowy Klaster Kluczowy', hint: 'Status nadany w konkursie.' },
      ],
      value: 'kkk',
    },
  },
  {
    name: 'inline with error',
    params: {
      name: 'zgoda',
      legend: 'Czy klaster działa dłużej niż 3 lata?',
      inline: true,
      error: 'Wybierz „Tak” albo „Nie”.',
      items: [
        { value: 'tak', text: 'Tak' },
        { value: 'nie', text: 'Nie' },
      ],
    },
  },
  {
    name: 'conditional reveal',
    params: {
      name: 'kontakt',
      legend: 'Jak się z Tobą skontaktować?',
      legendSize: 'm',
      items: [
        {
          value: 'email',
          text: 'E-mail',
          conditional: {
            html: '<div class="govuk-form-group"><label class="govuk-label" for="kontakt-email">Adres e-mail</label><input class="govuk-input" id="kontakt-email" name="kontaktEmail" type="email"></div>',
          },
        },
        { divider: 'lub' },
        { value: 'brak', text: 'Nie kontaktujcie się' },
      ],
      value: 'email',
    },
  },
];
