import type { LegendParams } from '../types.ts';

export interface FieldsetParams extends LegendParams {
  /** Trusted HTML inside the fieldset, usually other components' output. */
  html?: string;
  describedBy?: string;
  optional?: boolean;
  role?: 'group';
  classes?: string;
}
