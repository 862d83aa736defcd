import type { Content } from '../types.ts';

export interface PanelParams extends Content {
  title: string;
  headingLevel?: 1 | 2 | 3;
}
