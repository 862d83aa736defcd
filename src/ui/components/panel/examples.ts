import type { Example } from '../types.ts';
import type { PanelParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<PanelParams>[] = [
  {
    name: 'confirmation',
    params: {
      title: 'Wniosek złożony',
      html: 'Numer wniosku<br><strong class="portal-break">KKK-2026-0042</strong>',
    },
  },
  {
    name: 'as a second-level heading',
    params: { title: 'Zgłoszenie wysłane', headingLevel: 2, text: 'Operator sprawdzi je w ciągu 14 dni.' },
  },
];
