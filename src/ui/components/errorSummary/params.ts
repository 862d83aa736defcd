export interface ErrorSummaryParams {
  /** Field name → message (links "#field-<name>"), in the form's order; or items with their own hrefs. */
  errors: Readonly<Record<string, string>> | readonly { href?: string; text: string }[];
  /** Defaults to "Popraw błędy w formularzu". */
  title?: string;
  description?: string;
}
