import type { Example } from '../types.ts';
import type { InputParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<InputParams>[] = [
  { name: 'default', params: { name: 'nazwa', label: 'Nazwa klastra' } },
  {
    name: 'with hint and value',
    params: {
      name: 'email',
      type: 'email',
      label: 'Adres e-mail',
      hint: 'Na ten adres wyślemy potwierdzenie.',
      value: 'jan@example.pl',
      attributes: { autocomplete: 'email', spellcheck: false },
    },
  },
  { name: 'optional', params: { name: 'www', label: 'Strona internetowa', optional: true, type: 'url' } },
  {
    name: 'with error',
    params: {
      name: 'regon',
      label: 'REGON',
      width: 10,
      value: '12x',
      error: 'REGON ma 9 albo 14 cyfr.',
      attributes: { inputmode: 'numeric' },
    },
  },
  { name: 'with suffix', params: { name: 'kwota', label: 'Wnioskowana kwota', suffix: 'zł', width: 10 } },
  {
    name: 'as the page heading',
    params: { name: 'kod', label: 'Wpisz kod weryfikacyjny', labelIsHeading: true },
  },
];
