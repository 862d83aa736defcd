import type { ChoicesParams } from '../choices/params.ts';

export type { ChoiceItem } from '../choices/params.ts';

/** The first radio's id is "field-<name>" (the error summary's target), the next "field-<name>-2"… */
export interface RadiosParams extends ChoicesParams {
  /** The chosen value (or mark items checked). */
  value?: string | number | null;
}
