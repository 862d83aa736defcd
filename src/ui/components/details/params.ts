import type { Content } from '../types.ts';

export interface DetailsParams extends Content {
  summary: string;
  open?: boolean;
  id?: string;
}
