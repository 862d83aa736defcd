import { PAGES } from '../browser.ts';
import { describeAxe, EVERY_PAGE } from './axeSuite.ts';

describeAxe('English, and a narrow window with the largest text', [
  {
    name: 'English, normal contrast',
    visitor: { locale: 'en' },
    pages: PAGES.filter((page) => page.path === '/' || page.status === 404),
  },
  {
    // WCAG's reflow case (1.4.10): 320 CSS px, here with the text enlarged through the portal's own A++.
    name: 'Polish, 320 px wide with the largest text (A++)',
    visitor: { locale: 'pl', textSize: 'larger' },
    viewport: { width: 320, height: 640 },
    pages: EVERY_PAGE,
  },
]);
