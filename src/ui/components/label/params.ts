/** A field's label (used by the field components; rarely on its own). */
export interface LabelParams {
  /** The id of the control. */
  for: string;
  text: string;
  optional?: boolean;
  isHeading?: boolean;
  classes?: string;
}
