import type { Attributes } from '../helpers.ts';

export interface ButtonParams {
  text: string;
  /** primary (green, the default), secondary (grey), warning (red: destructive). */
  variant?: 'primary' | 'secondary' | 'warning';
  /** A link that looks like a button (role="button"). */
  href?: string;
  type?: 'submit' | 'button' | 'reset';
  name?: string;
  value?: string;
  disabled?: boolean;
  preventDoubleClick?: boolean;
  classes?: string;
  attributes?: Attributes;
}
