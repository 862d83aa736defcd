import type { FieldParams } from '../types.ts';

export interface InputParams extends FieldParams {
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'url' | 'number';
  value?: string | number | null;
  /** Fixed widths in characters (2, 3, 4, 5, 10, 20, 30); full width when left out. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  prefix?: string;
  suffix?: string;
  /** More ids for aria-describedby. */
  describedBy?: string;
  formGroupClasses?: string;
}
