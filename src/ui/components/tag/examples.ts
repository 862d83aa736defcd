import type { Example } from '../types.ts';
import { TAG_COLOURS, type TagParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<TagParams>[] = [
  { name: 'brand', params: { text: 'Krajowy Klaster Kluczowy' } },
  { name: 'success', params: { text: 'Aktywny', colour: TAG_COLOURS.success } },
  { name: 'info', params: { text: 'Złożony', colour: TAG_COLOURS.info } },
  { name: 'warning', params: { text: 'Dane nieaktualne', colour: TAG_COLOURS.warning } },
  { name: 'error', params: { text: 'Cofnięty', colour: TAG_COLOURS.error } },
  { name: 'neutral', params: { text: 'Wersja robocza', colour: TAG_COLOURS.neutral } },
];
