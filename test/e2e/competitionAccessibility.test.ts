import { describeAxe } from './axeSuite.ts';

/** The public competition pages with the demo set loaded: the calls, the demo round with its rules, a missing round. */
const COMPETITION_PAGES = [
  { path: '/konkurs', status: 200 },
  { path: '/konkurs/nabory/1', status: 200 },
  { path: '/konkurs/nabory/999', status: 404 },
];

describeAxe(
  'the competition: calls and a round with its rules',
  [
    { name: 'Polish, normal contrast', visitor: { locale: 'pl' }, pages: COMPETITION_PAGES },
    { name: 'Polish, high contrast', visitor: { locale: 'pl', contrast: 'high' }, pages: COMPETITION_PAGES },
    {
      name: 'English, 320 px wide with the largest text (A++)',
      visitor: { locale: 'en', textSize: 'larger' },
      viewport: { width: 320, height: 640 },
      pages: COMPETITION_PAGES,
    },
  ],
  { data: 'demo', env: { DATA_DIR: `/tmp/portal-e2e-competition-a11y-${process.pid}` } },
);
