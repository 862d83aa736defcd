import type { Example } from '../types.ts';
import type { NotificationBannerParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<NotificationBannerParams>[] = [
  {
    name: 'success',
    params: {
      type: 'success',
      heading: 'Wniosek został złożony.',
      html: '<p class="govuk-body">Potwierdzenie wysłaliśmy e-mailem. <a class="govuk-notification-banner__link" href="/konkurs">Wróć do wniosków</a>.</p>',
    },
  },
  {
    name: 'important',
    params: { text: 'Nabór wniosków kończy się 31 marca 2027 r.', id: 'banner-important' },
  },
];
