import type { Example } from '../types.ts';
import type { ErrorSummaryParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<ErrorSummaryParams>[] = [
  {
    name: 'from field errors',
    params: { errors: { email: 'Podaj adres e-mail.', haslo: 'Hasło musi mieć co najmniej 12 znaków.' } },
  },
  {
    name: 'with its own links',
    params: {
      title: 'Nie udało się zapisać',
      errors: [
        { href: '#field-data-decyzji', text: 'Podaj datę decyzji.' },
        { text: 'Wniosek zmienił się w międzyczasie.' },
      ],
    },
  },
];
