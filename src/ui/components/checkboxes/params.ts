import type { ChoicesParams } from '../choices/params.ts';

export type { ChoiceItem } from '../choices/params.ts';

/** The first box's id is "field-<name>" (the error summary's target), the next "field-<name>-2"… */
export interface CheckboxesParams extends ChoicesParams {
  /** The ticked values (or mark items checked). */
  values?: readonly (string | number)[];
}
