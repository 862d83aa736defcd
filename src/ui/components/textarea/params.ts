import type { FieldParams } from '../types.ts';

export interface TextareaParams extends FieldParams {
  value?: string | null;
  rows?: number;
  /** Adds the character count: the limit is stated without JavaScript, counted down with it. */
  maxLength?: number;
}
