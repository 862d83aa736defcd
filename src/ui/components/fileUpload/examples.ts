import type { Example } from '../types.ts';
import type { FileUploadParams } from './params.ts';

/** Every documented use: rendered by the tests, checked by axe in both contrast modes. */
export const examples: Example<FileUploadParams>[] = [
  {
    name: 'default',
    params: { name: 'certyfikat', label: 'Plik certyfikatu (PDF)', accept: '.pdf,application/pdf' },
  },
  {
    name: 'with hint and error',
    params: {
      name: 'czlonkowie',
      label: 'Lista członków',
      hint: 'Plik CSV albo XLSX, najwyżej 5 MB.',
      error: 'Wybierz plik.',
      accept: '.csv,.xlsx',
    },
  },
];
