import type { FieldParams } from '../types.ts';

export interface SelectOption {
  value: string | number;
  text: string;
  disabled?: boolean;
}

export interface SelectParams extends FieldParams {
  /** In the order to show; Polish lists sorted with Intl.Collator('pl') by the caller. */
  options: readonly SelectOption[];
  value?: string | number | null;
}
