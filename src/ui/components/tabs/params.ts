export interface TabsParams {
  /** The heading above the tab list (shown without JavaScript). */
  title?: string;
  items: readonly { id: string; label: string /** Trusted HTML. */; html: string }[];
  id?: string;
}
