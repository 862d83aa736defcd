import type { Attributes } from '../helpers.ts';
import type { FieldParams, LegendParams } from '../types.ts';

/** One radio or checkbox, or a divider ("lub"). */
export interface ChoiceItem {
  value?: string | number;
  /** Escaped label text (or trusted html). */
  text?: string;
  html?: string;
  hint?: string;
  checked?: boolean;
  disabled?: boolean;
  /** Revealed when the item is chosen (always shown without JavaScript): trusted HTML, e.g. an input. */
  conditional?: { html: string };
  /** A checkbox that unticks the others ("none of these"). */
  exclusive?: boolean;
  divider?: string;
  attributes?: Attributes;
}

export interface ChoicesParams
  extends Omit<FieldParams, 'label' | 'labelIsHeading' | 'attributes'>,
    LegendParams {
  items: readonly ChoiceItem[];
  inline?: boolean;
  small?: boolean;
}
