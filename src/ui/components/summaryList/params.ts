export interface SummaryListAction {
  href: string;
  text: string;
  /** Read after the link text by screen readers; defaults to the row's key. */
  visuallyHiddenText?: string;
}

export interface SummaryListRow {
  key: string;
  /** Escaped text; or html (trusted) for links or lists. */
  value?: string | number | null;
  html?: string;
  actions?: readonly SummaryListAction[];
}

export interface SummaryListParams {
  rows: readonly SummaryListRow[];
  noBorder?: boolean;
  /** Shows the list in a card with a title. */
  card?: { title: string };
  classes?: string;
}
