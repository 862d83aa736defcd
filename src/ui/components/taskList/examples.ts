import { TAG_COLOURS } from '../tag/params.ts';
import type { Example } from '../types.ts';
import type { TaskListParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<TaskListParams>[] = [
  {
    name: 'application steps',
    params: {
      idPrefix: 'wniosek',
      items: [
        { title: 'Dane klastra', href: '#dane', status: { text: 'Ukończone' } },
        {
          title: 'Strategia',
          href: '#strategia',
          hint: 'Najwyżej 10 stron.',
          status: { text: 'W toku', colour: TAG_COLOURS.info },
        },
        { title: 'Złożenie wniosku', status: { text: 'Jeszcze niedostępne' } },
      ],
    },
  },
];
