export interface TableCell {
  text?: string | number;
  /** Trusted HTML instead of text (a link, a tag). */
  html?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** A row header (th scope="row"). */
  header?: boolean;
  colspan?: number;
  /** For sortable columns: the current order. */
  sort?: 'ascending' | 'descending' | 'none';
  classes?: string;
}

export interface TableParams {
  caption?: string;
  captionSize?: 's' | 'm' | 'l' | 'xl';
  head?: readonly TableCell[];
  rows: readonly (readonly TableCell[])[];
  firstCellIsHeader?: boolean;
  /** Default true: the table scrolls sideways in its own focusable region, never the page. */
  responsive?: boolean;
  /** The region's name when there is no caption. */
  label?: string;
  classes?: string;
}
