import type { Example } from '../types.ts';
import type { WarningTextParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<WarningTextParams>[] = [
  { name: 'default', params: { text: 'Po przesłaniu oceny nie można jej zmienić.' } },
];
