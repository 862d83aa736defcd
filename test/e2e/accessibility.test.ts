import { describeAxe, EVERY_PAGE } from './axeSuite.ts';

describeAxe('Polish, every page, both contrasts', [
  { name: 'Polish, normal contrast', visitor: { locale: 'pl' }, pages: EVERY_PAGE },
  { name: 'Polish, high contrast', visitor: { locale: 'pl', contrast: 'high' }, pages: EVERY_PAGE },
]);
